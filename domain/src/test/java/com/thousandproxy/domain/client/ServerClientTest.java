package com.thousandproxy.domain.client;

import static com.thousandproxy.domain.catalog.PlanTestData.aPlan;
import static com.thousandproxy.domain.client.ClientTestData.GB;
import static com.thousandproxy.domain.client.ClientTestData.aClient;
import static com.thousandproxy.domain.ordering.OrderTestData.anOrder;
import static com.thousandproxy.domain.server.ServerTestData.anInbound;
import static com.thousandproxy.domain.shared.TestClocks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.server.Inbound;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.shared.TestClocks;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerClientTest {

  private static final PanelAccount ACCOUNT = new PanelAccount("u1-o1-c1", "secret-uuid");
  private static final Order ORDER = anOrder().build();

  private static ServerClient placeOn(ServerPlan plan, Inbound inbound) {
    return ServerClient.pending(
        new ServerClientId(9), ORDER, plan, inbound, ACCOUNT, "tok", TestClocks.now());
  }

  @Test
  void aNewClientIsPendingWithThePlansLimitsAndRunsForThePlansDurationFromNow() {
    ServerPlan plan =
        aPlan()
            .withDurationDays(30)
            .withMaxConnections(3)
            .withInboundPool(new InboundId(7))
            .build();
    ServerClient client = placeOn(plan, anInbound(7, Protocol.VLESS));

    assertThat(client.status()).isEqualTo(ClientStatus.PENDING);
    assertThat(client.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    assertThat(client.maxConnections()).isEqualTo(3);
    assertThat(client.trafficLimit()).isEqualTo(plan.bandwidthLimit());
    assertThat(client.usage()).isEqualTo(TrafficUsage.NONE);
    assertThat(client.owner()).isEqualTo(ORDER.userId());
    assertThat(client.orderId()).isEqualTo(ORDER.id());
    assertThat(client.inboundId()).isEqualTo(new InboundId(7));
  }

  @Test
  void aClientIsPlacedOnlyOnAnInboundOfItsPlansPoolAndProtocol() {
    ServerPlan plan = aPlan().withInboundPool(new InboundId(7)).build();

    assertThatThrownBy(() -> placeOn(plan, anInbound(8, Protocol.VLESS)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> placeOn(plan, anInbound(7, Protocol.TROJAN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aClientIsExpiredFromItsExpiryInstantOn() {
    ServerClient client = aClient().expiringAt(NOW).build();

    assertThat(client.isExpired(TestClocks.at(NOW.minusSeconds(1)))).isFalse();
    assertThat(client.isExpired(TestClocks.at(NOW))).isTrue();
  }

  @Test
  void aClientIsOverQuotaWhenUploadPlusDownloadReachTheLimit() {
    assertThat(aClient().withUsage(GB / 2, GB / 2 - 1).build().isOverQuota()).isFalse();
    assertThat(aClient().withUsage(GB / 2, GB / 2).build().isOverQuota()).isTrue();
  }

  @Test
  void anUnlimitedClientIsNeverOverQuota() {
    ServerClient client =
        aClient().withTrafficLimit(BandwidthLimit.unlimited()).withUsage(1000 * GB, 0).build();

    assertThat(client.isOverQuota()).isFalse();
  }

  @Test
  void renewingARunningClientExtendsFromItsCurrentExpiry() {
    ServerClient client = aClient().expiringAt(NOW.plus(Duration.ofDays(10))).build();

    ServerClient renewed = client.renew(Duration.ofDays(30), TestClocks.now());

    assertThat(renewed.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(40)));
  }

  @Test
  void renewingAnExpiredClientExtendsFromNowAndReEnablesIt() {
    ServerClient expired =
        aClient().in(ClientStatus.EXPIRED).expiringAt(NOW.minus(Duration.ofDays(5))).build();

    ServerClient renewed = expired.renew(Duration.ofDays(30), TestClocks.now());

    assertThat(renewed.status()).isEqualTo(ClientStatus.ACTIVE);
    assertThat(renewed.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void renewingStartsTheTrafficAfresh() {
    ServerClient client = aClient().in(ClientStatus.SUSPENDED).withUsage(GB, GB).build();

    ServerClient renewed = client.renew(Duration.ofDays(30), TestClocks.now());

    assertThat(renewed.usage()).isEqualTo(TrafficUsage.NONE);
    assertThat(renewed.status()).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void aRenewalMustExtendTheClient() {
    ServerClient client = aClient().build();

    assertThatThrownBy(() -> client.renew(Duration.ZERO, TestClocks.now()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.renew(Duration.ofDays(-1), TestClocks.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anExpiredSuspendedClientCannotBeResumed() {
    ServerClient client = aClient().in(ClientStatus.SUSPENDED).expiringAt(NOW).build();

    assertThatThrownBy(() -> client.resume(TestClocks.now()))
        .isInstanceOfSatisfying(
            ResumeRefusedException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResumeRefusedException.Reason.EXPIRED);
              assertThat(e.clientId()).isEqualTo(client.id());
            });
  }

  @Test
  void aSuspendedClientOverQuotaCannotBeResumedUntilItsTrafficIsReset() {
    ServerClient client = aClient().in(ClientStatus.SUSPENDED).withUsage(GB, 0).build();

    assertThatThrownBy(() -> client.resume(TestClocks.now()))
        .isInstanceOfSatisfying(
            ResumeRefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(ResumeRefusedException.Reason.OVER_QUOTA));
    assertThat(client.resetTraffic().resume(TestClocks.now()).status())
        .isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void recordedUsageReplacesTheOldCounters() {
    ServerClient client = aClient().withUsage(5, 5).build();

    assertThat(client.recordUsage(new TrafficUsage(7, 9)).usage())
        .isEqualTo(new TrafficUsage(7, 9));
  }

  @Test
  void rotatingTheSubscriptionTokenReplacesIt() {
    ServerClient client = aClient().build();

    assertThat(client.rotateSubscriptionToken("fresh-token").subscriptionToken())
        .isEqualTo("fresh-token");
    assertThatThrownBy(() -> client.rotateSubscriptionToken(client.subscriptionToken()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.rotateSubscriptionToken(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trafficIsNeverNegativeAndThePanelAccountHidesItsCredential() {
    assertThatThrownBy(() -> new TrafficUsage(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new TrafficUsage(3, 4).totalBytes()).isEqualTo(7);
    assertThat(ACCOUNT.toString()).contains("u1-o1-c1").doesNotContain("secret-uuid");
  }
}
