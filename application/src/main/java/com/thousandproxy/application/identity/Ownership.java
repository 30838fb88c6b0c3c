package com.thousandproxy.application.identity;

import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.user.UserId;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Applies {@link Caller#mayAccessResourceOf} to a lookup: another user's resource turns into the
 * same "not found" as a missing one, so nobody learns that it exists.
 */
public final class Ownership {

  private Ownership() {}

  /**
   * Keeps the resource when the caller may access it, else fails with {@code notFound}; an empty
   * lookup fails the same way.
   */
  public static <T> Function<Mono<T>, Mono<T>> visibleTo(
      Caller caller, Function<T, UserId> owner, Supplier<? extends RuntimeException> notFound) {
    return lookup ->
        lookup
            .filter(resource -> caller.mayAccessResourceOf(owner.apply(resource)))
            .switchIfEmpty(Mono.error(notFound));
  }
}
