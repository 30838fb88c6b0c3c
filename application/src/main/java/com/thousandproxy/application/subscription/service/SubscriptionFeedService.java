package com.thousandproxy.application.subscription.service;

import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.application.subscription.SubscriptionFeed;
import com.thousandproxy.application.subscription.port.in.SubscriptionFeedUseCase;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClient;
import java.time.Clock;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Builds the feed from the stored client, applying the time and traffic rules as of now, so that a
 * client past its expiry or over its quota gets no links even before the sync job has caught up.
 */
public final class SubscriptionFeedService implements SubscriptionFeedUseCase {

  private final SubscriptionSource source;
  private final Clock clock;
  private final String supportUrl;

  /**
   * @param supportUrl where customers get help, passed on in every feed; {@code null} or blank for
   *     none
   */
  public SubscriptionFeedService(SubscriptionSource source, Clock clock, String supportUrl) {
    this.source = source;
    this.clock = clock;
    this.supportUrl = supportUrl == null || supportUrl.isBlank() ? null : supportUrl;
  }

  @Override
  public Mono<SubscriptionFeed> feed(String token) {
    if (token == null || token.isBlank()) {
      return Mono.empty();
    }
    return source
        .findByToken(token)
        .filter(found -> found.client().status() != ClientStatus.DELETED)
        .map(this::toFeed);
  }

  private SubscriptionFeed toFeed(ClientSubscription subscription) {
    ServerClient client = subscription.client().enforce(clock);
    boolean serving = client.status() == ClientStatus.ACTIVE;
    return new SubscriptionFeed(
        subscription.planName(),
        client.account().email(),
        client.status(),
        serving ? subscription.links() : List.of(),
        client.usage().upBytes(),
        client.usage().downBytes(),
        client.trafficLimit().bytes().orElse(0),
        client.expiresAt(),
        supportUrl);
  }
}
