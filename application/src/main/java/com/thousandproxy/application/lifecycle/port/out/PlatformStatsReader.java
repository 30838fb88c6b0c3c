package com.thousandproxy.application.lifecycle.port.out;

import com.thousandproxy.application.lifecycle.PlatformStats;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the dashboard's aggregates from the store. */
public interface PlatformStatsReader {

  /** Paid orders per UTC day and currency since {@code since}, oldest first. */
  Flux<PlatformStats.Day> days(Instant since);

  Mono<PlatformStats.Counts> counts();

  Flux<PlatformStats.ServerLoad> servers();
}
