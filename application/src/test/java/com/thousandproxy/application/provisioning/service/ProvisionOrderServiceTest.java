package com.thousandproxy.application.provisioning.service;

import static com.thousandproxy.application.provisioning.service.OrderTestData.aPaidOrder;
import static com.thousandproxy.application.provisioning.service.ProvisioningFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionOrderServiceTest {

  private final ProvisioningFixture f = new ProvisioningFixture().withInbound(1, 1, 100, 0);
  private final OrderId order = new OrderId(7);

  @Test
  void a_paid_order_gets_one_active_client_per_unit_in_one_batched_call_and_completes() {
    f.orders.put(aPaidOrder(7).withLine(70, 3).build());

    ProvisioningOutcome outcome = f.run(order);

    assertThat(outcome).isEqualTo(new ProvisioningOutcome.Delivered(3));
    assertThat(f.panel.addCalls).hasSize(1);
    assertThat(f.panel.addCalls.get(0)).hasSize(3);
    assertThat(f.panel.clients).hasSize(3);
    assertThat(f.clients.all()).extracting(StoredClient::status).containsOnly(ClientStatus.ACTIVE);
    assertThat(f.orders.status(order)).isEqualTo(OrderStatus.COMPLETED);
    assertThat(f.notices).containsExactly("delivered 7 x3");
  }

  @Test
  void the_panel_gets_the_plan_terms_and_the_stored_identity_of_each_unit() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());

    f.run(order);

    StoredClient stored = f.clients.all().get(0);
    PanelClient sent = f.panel.addCalls.get(0).get(0);
    assertThat(sent.email()).isEqualTo(stored.email()).startsWith("o7-i70-u0-");
    assertThat(sent.uuid()).isEqualTo(stored.credentials().uuid());
    assertThat(sent.subId()).isEqualTo(stored.credentials().subId());
    assertThat(sent.enable()).isTrue();
    assertThat(sent.limitIp()).isEqualTo(2);
    assertThat(sent.totalBytes()).isEqualTo(100L * 1024 * 1024 * 1024);
    assertThat(sent.expiryTimeMillis()).isEqualTo(NOW.plus(Duration.ofDays(30)).toEpochMilli());
    assertThat(stored.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
  }

  @Test
  void a_panel_outage_asks_for_another_try_and_keeps_the_identities_for_it() {
    f.orders.put(aPaidOrder(7).withLine(70, 2).build());
    f.panel.outagesLeft = 1;

    ProvisioningOutcome first = f.run(order);
    List<StoredClient> afterFirst = f.clients.all();
    ProvisioningOutcome second = f.run(order);

    assertThat(first).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(afterFirst).extracting(StoredClient::status).containsOnly(ClientStatus.PENDING);
    assertThat(second).isEqualTo(new ProvisioningOutcome.Delivered(2));
    assertThat(f.clients.all())
        .extracting(c -> c.credentials().uuid())
        .containsExactlyElementsOf(afterFirst.stream().map(c -> c.credentials().uuid()).toList());
    assertThat(f.panel.addCalls.get(1))
        .extracting(PanelClient::email)
        .containsExactlyElementsOf(
            f.panel.addCalls.get(0).stream().map(PanelClient::email).toList());
    assertThat(f.panel.clients).hasSize(2);
  }

  @Test
  void a_delivered_purchase_reports_when_it_was_paid_and_when_its_clients_became_active() {
    f.orders.put(aPaidOrder(7).withLine(70, 2).paidAt(NOW.minusSeconds(90)).build());

    f.run(order);

    assertThat(f.deliveryTimes)
        .containsExactly("7 paid " + NOW.minusSeconds(90) + " active " + NOW);
  }

  @Test
  void an_attempt_that_must_be_retried_reports_no_delivery_time_until_the_clients_are_active() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.panel.outagesLeft = 1;

    f.run(order);
    assertThat(f.deliveryTimes).isEmpty();
    f.run(order);

    assertThat(f.deliveryTimes).hasSize(1);
  }

  @Test
  void a_rerun_after_the_panel_added_the_clients_but_before_they_were_recorded_adds_none_twice() {
    f.orders.put(aPaidOrder(7).withLine(70, 2).build());
    f.run(order);
    // the worker "died" before recording: put the rows back to PENDING and the order to
    // PROVISIONING
    f.clients.all().forEach(c -> f.clients.put(withStatus(c, ClientStatus.PENDING)));
    f.orders.put(aPaidOrder(7).withLine(70, 2).inStatus(OrderStatus.PROVISIONING).build());

    ProvisioningOutcome again = f.run(order);

    assertThat(again).isEqualTo(new ProvisioningOutcome.Delivered(2));
    assertThat(f.panel.clients).hasSize(2);
    assertThat(f.clients.all()).hasSize(2);
  }

  @Test
  void only_clients_not_yet_active_are_sent_to_the_panel() {
    f.orders.put(aPaidOrder(7).withLine(70, 2).build());
    f.panel.outagesLeft = 1;
    f.run(order);
    StoredClient first = f.clients.all().get(0);
    f.clients.put(withStatus(first, ClientStatus.ACTIVE));

    f.run(order);

    assertThat(f.panel.addCalls.get(1)).hasSize(1);
    assertThat(f.panel.addCalls.get(1).get(0).email()).isNotEqualTo(first.email());
    assertThat(f.orders.status(order)).isEqualTo(OrderStatus.COMPLETED);
  }

  @Test
  void units_go_to_the_least_loaded_server_and_one_batch_is_sent_per_inbound() {
    ProvisioningFixture two =
        new ProvisioningFixture().withInbound(1, 1, 10, 2).withInbound(2, 2, 10, 0);
    two.orders.put(aPaidOrder(7).withLine(70, 4).build());

    two.run(order);

    assertThat(two.clients.all())
        .extracting(c -> c.serverId().value())
        .containsExactlyInAnyOrder(2L, 2L, 2L, 1L);
    assertThat(two.panel.addCalls).extracting(List::size).containsExactlyInAnyOrder(3, 1);
  }

  @Test
  void without_room_on_any_server_nothing_is_stored_and_another_try_is_asked_for() {
    ProvisioningFixture full = new ProvisioningFixture().withInbound(1, 1, 10, 9);
    full.orders.put(aPaidOrder(7).withLine(70, 2).build());

    ProvisioningOutcome outcome = full.run(order);

    assertThat(outcome).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(((ProvisioningOutcome.RetryLater) outcome).reason()).contains("has room");
    assertThat(full.clients.all()).isEmpty();
    assertThat(full.panel.addCalls).isEmpty();
    assertThat(full.orders.status(order)).isEqualTo(OrderStatus.PROVISIONING);
  }

  @Test
  void on_the_last_attempt_an_outage_fails_the_order_and_refunds_it_once() {
    f.orders.put(aPaidOrder(7).withLine(70, 2).build());
    f.panel.outagesLeft = 10;

    ProvisioningOutcome outcome = f.runLast(order);
    ProvisioningOutcome again = f.runLast(order);

    assertThat(outcome)
        .isEqualTo(
            new ProvisioningOutcome.GaveUp(
                ((ProvisioningOutcome.GaveUp) outcome).reason(), Money.of("9.00", "USD")));
    assertThat(f.orders.status(order)).isEqualTo(OrderStatus.FAILED);
    assertThat(f.refunds).containsOnlyKeys("refund:order:7");
    assertThat(f.clients.all()).extracting(StoredClient::status).containsOnly(ClientStatus.DELETED);
    assertThat(again).isEqualTo(new ProvisioningOutcome.NothingToDo("order is FAILED"));
    assertThat(f.notices).containsExactly("failed 7 refunded 9.00");
  }

  @Test
  void a_partly_delivered_order_that_gives_up_refunds_only_the_undelivered_units() {
    ProvisioningFixture two =
        new ProvisioningFixture().withInbound(1, 1, 10, 0).withInbound(2, 2, 10, 0);
    two.orders.put(aPaidOrder(7).withLine(70, 2).build());
    two.run(order);
    StoredClient kept = two.clients.all().get(0);
    two.clients.put(withStatus(two.clients.all().get(1), ClientStatus.PENDING));
    two.orders.put(aPaidOrder(7).withLine(70, 2).inStatus(OrderStatus.PROVISIONING).build());
    two.panel.outagesLeft = 5;

    ProvisioningOutcome outcome = two.runLast(order);

    assertThat(((ProvisioningOutcome.GaveUp) outcome).refunded())
        .isEqualTo(Money.of("4.50", "USD"));
    assertThat(two.clients.find(kept.id()).block().status()).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void a_foreign_client_with_our_email_fails_the_order_at_once() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.panel.scripted = new PanelWriteOutcome.DuplicateEmail("o7-i70-u0-xxxx");

    ProvisioningOutcome outcome = f.run(order);

    assertThat(outcome).isInstanceOf(ProvisioningOutcome.GaveUp.class);
    assertThat(f.orders.status(order)).isEqualTo(OrderStatus.FAILED);
    assertThat(f.refunds.get("refund:order:7").amount()).isEqualTo(Money.of("4.50", "USD"));
  }

  @Test
  void an_inbound_missing_on_the_panel_is_retried() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.panel.scripted = new PanelWriteOutcome.NotFound("inbound 10");

    assertThat(f.run(order)).isInstanceOf(ProvisioningOutcome.RetryLater.class);
  }

  @Test
  void a_settled_or_unknown_order_is_left_alone() {
    f.orders.put(aPaidOrder(7).inStatus(OrderStatus.COMPLETED).build());
    f.orders.put(aPaidOrder(8).inStatus(OrderStatus.CANCELLED).build());

    assertThat(f.run(order)).isEqualTo(new ProvisioningOutcome.NothingToDo("order is COMPLETED"));
    assertThat(f.run(new OrderId(8))).isInstanceOf(ProvisioningOutcome.NothingToDo.class);
    assertThat(f.run(new OrderId(99)))
        .isEqualTo(new ProvisioningOutcome.NothingToDo("order 99 does not exist"));
    assertThat(f.panel.addCalls).isEmpty();
  }

  @Test
  void a_store_error_is_retried_and_on_the_last_attempt_ends_the_order() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.clients.failNextFind = new IllegalStateException("connection lost");

    ProvisioningOutcome retried = f.run(order);
    f.clients.failNextFind = new IllegalStateException("connection lost");
    ProvisioningOutcome last = f.runLast(order);

    assertThat(retried).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(last).isInstanceOf(ProvisioningOutcome.GaveUp.class);
    assertThat(f.orders.status(order)).isEqualTo(OrderStatus.FAILED);
  }

  @Test
  void a_notice_that_cannot_be_queued_fails_its_completion_so_the_job_runs_again() {
    f.orders.put(aPaidOrder(7).withLine(70, 1).build());
    f.notifierDown = true;

    // The real transaction then rolls COMPLETED back; the fixture's transactions do not roll back.
    assertThat(f.run(order)).isInstanceOf(ProvisioningOutcome.RetryLater.class);
    assertThat(f.panel.addCalls).hasSize(1);
    assertThat(f.notices).isEmpty();
  }

  static StoredClient withStatus(StoredClient c, ClientStatus status) {
    return c.updated(status);
  }
}
