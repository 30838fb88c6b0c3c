package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import reactor.core.publisher.Mono;

/** Token buckets shared by every instance of the app, one per key. */
public interface RateLimiter {

  /**
   * Takes {@code cost} tokens from the key's bucket when it holds at least that many (and at least
   * one); a cost of 0 only asks whether a use would be allowed.
   */
  Mono<RateLimitDecision> acquire(String key, RateLimit limit, int cost);
}
