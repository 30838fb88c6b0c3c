package com.thousandproxy.api.subscription;

import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Clients by token, in memory: the test double of the store the provisioning side builds. */
public final class InMemorySubscriptionSource implements SubscriptionSource {

  private final Map<String, ClientSubscription> byToken = new ConcurrentHashMap<>();

  public InMemorySubscriptionSource put(String token, ClientSubscription subscription) {
    byToken.put(token, subscription);
    return this;
  }

  @Override
  public Mono<ClientSubscription> findByToken(String token) {
    return Mono.justOrEmpty(byToken.get(token));
  }
}
