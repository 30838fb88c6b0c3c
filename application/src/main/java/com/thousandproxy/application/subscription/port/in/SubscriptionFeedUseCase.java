package com.thousandproxy.application.subscription.port.in;

import com.thousandproxy.application.subscription.SubscriptionFeed;
import reactor.core.publisher.Mono;

/** The public subscription feed: the subscription token is the only credential. */
public interface SubscriptionFeedUseCase {

  /**
   * The feed of the client with this token; empty when no client has it (unknown, rotated or
   * deleted), so that the caller cannot tell these apart.
   */
  Mono<SubscriptionFeed> feed(String token);
}
