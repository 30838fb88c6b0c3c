package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import com.thousandproxy.application.provisioning.PurchasedLine;
import com.thousandproxy.application.provisioning.Refund;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.application.provisioning.port.out.ProvisioningRefunds;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.money.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Ends an order that cannot be delivered: in one transaction the order becomes FAILED (once: a
 * compare-and-set), its clients still PENDING are discarded, and the price of every undelivered
 * unit goes back to the wallet (once: the ledger reference is unique; audited). Clients already
 * delivered keep working and are not refunded. The customer is told afterwards.
 */
public final class ProvisioningFailure {

  private static final Logger log = Loggers.getLogger(ProvisioningFailure.class);

  private final ProvisioningOrders orders;
  private final ServerClientRepository clients;
  private final ProvisioningRefunds refunds;
  private final CustomerNotifier notifier;
  private final Transactions transactions;
  private final Clock clock;

  public ProvisioningFailure(
      ProvisioningOrders orders,
      ServerClientRepository clients,
      ProvisioningRefunds refunds,
      CustomerNotifier notifier,
      Transactions transactions,
      Clock clock) {
    this.orders = orders;
    this.clients = clients;
    this.refunds = refunds;
    this.notifier = notifier;
    this.transactions = transactions;
    this.clock = clock;
  }

  Mono<ProvisioningOutcome> giveUp(PaidOrder order, String reason) {
    Instant now = clock.instant();
    Money zero = Money.zero(order.grandAmount().currency());
    return clients
        .findByOrder(order.id())
        .flatMap(
            stored -> {
              Money owed = undelivered(order, stored);
              return transactions.inTransaction(
                  () ->
                      orders
                          .markFailed(order.id(), reason, now)
                          .flatMap(
                              failedNow ->
                                  failedNow
                                      ? clients
                                          .discardPending(order.id(), now)
                                          .then(refund(order, owed, reason, now))
                                          .flatMap(
                                              refunded ->
                                                  notifier
                                                      .orderFailed(
                                                          order.userId(), order.id(), refunded)
                                                      .thenReturn(refunded))
                                      : Mono.just(zero)));
            })
        .map(
            refunded -> {
              log.warn(
                  "Order {} FAILED, {} refunded: {}",
                  order.id().value(),
                  refunded.toPlainString(),
                  reason);
              return new ProvisioningOutcome.GaveUp(reason, refunded);
            });
  }

  private Mono<Money> refund(PaidOrder order, Money owed, String reason, Instant now) {
    if (!owed.isPositive()) {
      return Mono.just(owed);
    }
    return refunds
        .refund(new Refund(order.id(), order.userId(), owed, reason, now))
        .map(credited -> credited ? owed : Money.zero(owed.currency()));
  }

  /** The price of each unit without a delivered client (every unit for a renewal). */
  static Money undelivered(PaidOrder order, List<StoredClient> stored) {
    Money owed = Money.zero(order.grandAmount().currency());
    for (PurchasedLine line : order.lines()) {
      long delivered =
          stored.stream()
              .filter(c -> c.unit() != null && c.unit().itemId().equals(line.itemId()))
              .filter(c -> c.status() != ClientStatus.PENDING)
              .count();
      owed = owed.plus(line.unitAmount().times(line.quantity() - (int) delivered));
    }
    return owed;
  }
}
