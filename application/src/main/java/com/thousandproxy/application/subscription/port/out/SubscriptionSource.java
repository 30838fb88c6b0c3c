package com.thousandproxy.application.subscription.port.out;

import com.thousandproxy.application.subscription.ClientSubscription;
import reactor.core.publisher.Mono;

/** Finds a client by its current subscription token, with its plan's name and share links. */
public interface SubscriptionSource {

  /**
   * The client whose current token this is, or empty when there is none; a rotated-away token must
   * not match any more. Deleted clients may be returned or not: the feed treats both alike.
   */
  Mono<ClientSubscription> findByToken(String token);
}
