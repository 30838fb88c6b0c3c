package com.thousandproxy.application.shared;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Runs work in one database transaction: every repository call made inside commits together, or
 * none does. The transaction travels in the Reactor context, never in a thread.
 */
public interface Transactions {

  <T> Mono<T> inTransaction(Supplier<Mono<T>> work);
}
