package com.thousandproxy.application.provisioning.service;

import static com.thousandproxy.application.provisioning.service.OrderTestData.aPaidOrder;
import static com.thousandproxy.application.provisioning.service.ProvisionOrderServiceTest.withStatus;
import static com.thousandproxy.application.provisioning.service.ProvisioningFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenewOrderTest {

  private final ProvisioningFixture f = new ProvisioningFixture().withInbound(1, 1, 100, 0);
  private final OrderId renewal = new OrderId(8);
  private StoredClient client;

  @BeforeEach
  void aDeliveredClient() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.run(new OrderId(7));
    client = f.clients.all().get(0);
    f.notices.clear();
  }

  @Test
  void a_renewal_extends_the_same_client_from_its_current_expiry_and_adds_none() {
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(client.id().value()).build());

    ProvisioningOutcome outcome = f.run(renewal);

    Instant expected = client.expiresAt().plus(Duration.ofDays(30));
    StoredClient renewed = f.clients.find(client.id()).block();
    assertThat(outcome).isEqualTo(new ProvisioningOutcome.Delivered(1));
    assertThat(renewed.expiresAt()).isEqualTo(expected);
    assertThat(renewed.email()).isEqualTo(client.email());
    assertThat(f.clients.all()).hasSize(1);
    assertThat(f.panel.addCalls).hasSize(1);
    PanelClient sent = f.panel.updates.get(0);
    assertThat(sent.expiryTimeMillis()).isEqualTo(expected.toEpochMilli());
    assertThat(sent.enable()).isTrue();
    assertThat(sent.uuid()).isEqualTo(client.credentials().uuid());
    assertThat(f.panel.resets).containsExactly(client.email());
    assertThat(f.orders.status(renewal)).isEqualTo(OrderStatus.COMPLETED);
    assertThat(f.notices).containsExactly("renewed 1 until " + expected);
  }

  @Test
  void an_expired_client_is_renewed_from_now_and_runs_again_with_no_traffic_used() {
    f.clients.put(
        client.updated(
            ClientStatus.EXPIRED,
            NOW.minus(Duration.ofDays(3)),
            client.trafficLimit(),
            client.limitIp(),
            new TrafficUsage(5, 6)));
    f.orders.put(aPaidOrder(8).withLine(80, 2).renewing(client.id().value()).build());

    f.run(renewal);

    StoredClient renewed = f.clients.find(client.id()).block();
    assertThat(renewed.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));
    assertThat(renewed.status()).isEqualTo(ClientStatus.ACTIVE);
    assertThat(renewed.usage()).isEqualTo(TrafficUsage.NONE);
  }

  @Test
  void a_renewal_that_ran_before_extends_nothing_twice() {
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(client.id().value()).build());
    f.run(renewal);
    Instant once = f.clients.find(client.id()).block().expiresAt();

    assertThat(f.run(renewal)).isEqualTo(new ProvisioningOutcome.NothingToDo("order is COMPLETED"));
    assertThat(f.clients.find(client.id()).block().expiresAt()).isEqualTo(once);
  }

  @Test
  void a_renewal_interrupted_after_the_panel_update_sends_the_same_expiry_again() {
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(client.id().value()).build());
    f.clients.refuseNextRenew = true;

    ProvisioningOutcome first = f.run(renewal);
    ProvisioningOutcome second = f.run(renewal);

    assertThat(first).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(second).isEqualTo(new ProvisioningOutcome.Delivered(1));
    assertThat(f.panel.updates).hasSize(2);
    assertThat(f.panel.updates.get(1).expiryTimeMillis())
        .isEqualTo(f.panel.updates.get(0).expiryTimeMillis());
    assertThat(f.clients.find(client.id()).block().expiresAt())
        .isEqualTo(client.expiresAt().plus(Duration.ofDays(30)));
  }

  @Test
  void a_panel_outage_during_a_renewal_is_retried_and_changes_nothing_stored() {
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(client.id().value()).build());
    f.panel.outagesLeft = 1;

    assertThat(f.run(renewal)).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(f.clients.find(client.id()).block().expiresAt()).isEqualTo(client.expiresAt());
    assertThat(f.orders.status(renewal)).isEqualTo(OrderStatus.PROVISIONING);
  }

  @Test
  void a_deleted_client_cannot_be_renewed_and_the_renewal_is_refunded() {
    f.clients.put(withStatus(client, ClientStatus.DELETED));
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(client.id().value()).build());

    ProvisioningOutcome outcome = f.run(renewal);

    assertThat(outcome).isInstanceOf(ProvisioningOutcome.GaveUp.class);
    assertThat(((ProvisioningOutcome.GaveUp) outcome).refunded())
        .isEqualTo(Money.of("4.50", "USD"));
    assertThat(f.panel.updates).isEmpty();
    assertThat(f.orders.status(renewal)).isEqualTo(OrderStatus.FAILED);
  }

  @Test
  void a_renewal_of_a_client_that_does_not_exist_is_refunded() {
    f.orders.put(aPaidOrder(8).withLine(80, 1).renewing(999).build());

    assertThat(f.run(renewal)).isInstanceOf(ProvisioningOutcome.GaveUp.class);
    assertThat(f.refunds).containsKey("refund:order:8");
  }
}
