package com.thousandproxy.application.lifecycle.port.in;

import com.thousandproxy.application.lifecycle.PlatformStats;
import reactor.core.publisher.Mono;

/** The admin dashboard: the last 30 days and the platform's current state. */
public interface ShowStatsUseCase {

  Mono<PlatformStats> stats();
}
