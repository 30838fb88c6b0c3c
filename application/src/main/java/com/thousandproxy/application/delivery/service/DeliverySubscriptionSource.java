package com.thousandproxy.application.delivery.service;

import com.thousandproxy.application.delivery.AccountSubscription;
import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.port.out.AccountTokenStore;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Subscriptions from our records: a client token finds its client by the token's hash (one indexed,
 * cached lookup); otherwise a per-customer token finds the customer, whose delivered clients make
 * one combined subscription.
 */
public final class DeliverySubscriptionSource implements SubscriptionSource {

  private final DeliveryRecords records;
  private final AccountTokenStore accountTokens;
  private final Clock clock;

  public DeliverySubscriptionSource(
      DeliveryRecords records, AccountTokenStore accountTokens, Clock clock) {
    this.records = records;
    this.accountTokens = accountTokens;
    this.clock = clock;
  }

  @Override
  public Mono<ClientSubscription> findByToken(String token) {
    String hash = SubscriptionTokens.hashOf(token);
    return records
        .findByTokenHash(hash)
        .map(DeliverySubscriptionSource::single)
        .switchIfEmpty(Mono.defer(() -> account(hash)));
  }

  private static ClientSubscription single(DeliveredClient delivered) {
    return new ClientSubscription(
        delivered.client(),
        delivered.planName().isBlank() ? AccountSubscription.TITLE : delivered.planName(),
        delivered.links());
  }

  private Mono<ClientSubscription> account(String hash) {
    return accountTokens
        .ownerOf(hash)
        .flatMap(owner -> records.findDeliveredByOwner(owner).collectList())
        .flatMap(clients -> Mono.justOrEmpty(AccountSubscription.of(clients, clock)));
  }
}
