package com.thousandproxy.application.subscription.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.subscription.ClientSubscription;
import com.thousandproxy.application.subscription.SubscriptionFeed;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.PanelAccount;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SubscriptionFeedServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final long GB = BandwidthLimit.BYTES_PER_GB;
  private static final ShareLinkSpec LINK =
      new ShareLinkSpec(
          "vpn.example.com",
          443,
          new StreamSettings(InboundTransport.Tcp.plain(), null),
          new ProxyAccount.Vless("5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11", "", "none"),
          "DE-1-alice");

  private final Map<String, ClientSubscription> stored = new HashMap<>();
  private final SubscriptionFeedService service =
      new SubscriptionFeedService(
          token -> Mono.justOrEmpty(stored.get(token)),
          Clock.fixed(NOW, ZoneOffset.UTC),
          "https://t.me/support");

  @Test
  void anActiveClientGetsItsLinksAndItsNumbers() {
    store(client(ClientStatus.ACTIVE, NOW.plus(Duration.ofDays(3)), 5 * GB, 100, 200));

    SubscriptionFeed feed = service.feed("token-1").block();

    assertThat(feed.links()).containsExactly(LINK);
    assertThat(feed.title()).isEqualTo("Germany 30 days");
    assertThat(feed.clientName()).isEqualTo("u1-alice");
    assertThat(feed.upload()).isEqualTo(100);
    assertThat(feed.download()).isEqualTo(200);
    assertThat(feed.total()).isEqualTo(5 * GB);
    assertThat(feed.expire()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(feed.supportUrl()).isEqualTo("https://t.me/support");
  }

  @Test
  void anUnlimitedClientHasATotalOfZero() {
    store(client(ClientStatus.ACTIVE, NOW.plus(Duration.ofDays(3)), 0, 0, 0));

    assertThat(service.feed("token-1").block().total()).isZero();
  }

  @Test
  void aClientPastItsExpiryGetsNoLinksEvenBeforeTheSyncJobMarksIt() {
    store(client(ClientStatus.ACTIVE, NOW.minusSeconds(1), 5 * GB, 0, 0));

    SubscriptionFeed feed = service.feed("token-1").block();

    assertThat(feed.links()).isEmpty();
    assertThat(feed.status()).isEqualTo(ClientStatus.EXPIRED);
    assertThat(feed.expire()).isBefore(NOW);
  }

  @Test
  void aClientOverItsQuotaGetsNoLinks() {
    store(client(ClientStatus.ACTIVE, NOW.plus(Duration.ofDays(3)), GB, GB, 1));

    SubscriptionFeed feed = service.feed("token-1").block();

    assertThat(feed.links()).isEmpty();
    assertThat(feed.status()).isEqualTo(ClientStatus.SUSPENDED);
  }

  @Test
  void suspendedAndPendingClientsGetNoLinks() {
    store(client(ClientStatus.SUSPENDED, NOW.plus(Duration.ofDays(3)), 0, 0, 0));
    assertThat(service.feed("token-1").block().links()).isEmpty();

    store(client(ClientStatus.PENDING, NOW.plus(Duration.ofDays(3)), 0, 0, 0));
    assertThat(service.feed("token-1").block().links()).isEmpty();
  }

  @Test
  void unknownBlankAndDeletedTokensFindNothing() {
    store(client(ClientStatus.DELETED, NOW.plus(Duration.ofDays(3)), 0, 0, 0));

    assertThat(service.feed("token-1").blockOptional()).isEmpty();
    assertThat(service.feed("token-2").blockOptional()).isEmpty();
    assertThat(service.feed(" ").blockOptional()).isEmpty();
  }

  @Test
  void aBlankSupportUrlMeansNone() {
    store(client(ClientStatus.ACTIVE, NOW.plus(Duration.ofDays(3)), 0, 0, 0));
    var withoutSupport =
        new SubscriptionFeedService(
            token -> Mono.justOrEmpty(stored.get(token)), Clock.fixed(NOW, ZoneOffset.UTC), " ");

    assertThat(withoutSupport.feed("token-1").block().supportUrl()).isNull();
  }

  private void store(ServerClient client) {
    stored.put("token-1", new ClientSubscription(client, "Germany 30 days", List.of(LINK)));
  }

  private static ServerClient client(
      ClientStatus status, Instant expiresAt, long limitBytes, long up, long down) {
    return new ServerClient(
        new ServerClientId(1),
        new UserId(1),
        new OrderId(1),
        new ServerId(1),
        new InboundId(1),
        Protocol.VLESS,
        new PanelAccount("u1-alice", "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11"),
        "token-1",
        1,
        limitBytes == 0 ? BandwidthLimit.unlimited() : BandwidthLimit.ofGigabytes(limitBytes / GB),
        new TrafficUsage(up, down),
        expiresAt,
        status);
  }
}
