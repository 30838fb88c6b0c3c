package com.thousandproxy.application.lifecycle.port.in;

import com.thousandproxy.application.lifecycle.ClientActionCommand;
import reactor.core.publisher.Mono;

/**
 * Admin actions on server clients (suspend, resume, reset traffic, delete): each is audited and
 * enqueued as a job, which does the panel call and the status change.
 */
public interface AdministerClientsUseCase {

  /** Emits the dedup key of the queued job; an unknown client signals ClientNotFoundException. */
  Mono<String> request(ClientActionCommand command);
}
