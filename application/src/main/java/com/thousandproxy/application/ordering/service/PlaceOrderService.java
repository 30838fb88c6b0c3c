package com.thousandproxy.application.ordering.service;

import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.PaymentMails;
import com.thousandproxy.application.ordering.OrderDetails;
import com.thousandproxy.application.ordering.OrderValidationException;
import com.thousandproxy.application.ordering.OrderedPlan;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.PlanUnavailableException;
import com.thousandproxy.application.ordering.ProvisioningJobs;
import com.thousandproxy.application.ordering.port.in.PlaceOrderUseCase;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotencyTicket;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.provisioning.PlacementPlanner;
import com.thousandproxy.application.provisioning.port.out.ClientPlacement;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.InsufficientBalanceException;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItem;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Places an order: checks every plan can be ordered now, snapshots its price, and pays. From the
 * wallet, the debit, the order (already paid), its payment, its invoice and the provisioning job
 * commit in one transaction or not at all; through the gateway, the unpaid order commits first and
 * the gateway payment is opened after, never inside a transaction.
 */
public final class PlaceOrderService implements PlaceOrderUseCase {

  static final String RESOURCE = "ORDER";

  private final CatalogReader catalog;
  private final ClientPlacement placement;
  private final OrderRepository orders;
  private final PaymentRepository payments;
  private final WalletStore wallets;
  private final JobQueue jobs;
  private final Transactions transactions;
  private final IdempotentRequests idempotent;
  private final GatewayCheckout checkout;
  private final Clock clock;

  public PlaceOrderService(
      CatalogReader catalog,
      ClientPlacement placement,
      OrderRepository orders,
      PaymentRepository payments,
      WalletStore wallets,
      JobQueue jobs,
      Transactions transactions,
      IdempotentRequests idempotent,
      GatewayCheckout checkout,
      Clock clock) {
    this.catalog = catalog;
    this.placement = placement;
    this.orders = orders;
    this.payments = payments;
    this.wallets = wallets;
    this.jobs = jobs;
    this.transactions = transactions;
    this.idempotent = idempotent;
    this.checkout = checkout;
    this.clock = clock;
  }

  @Override
  public Mono<PlacedOrder> place(PlaceOrderCommand command) {
    return idempotent.run(
        command.userId(),
        command.idempotencyKey(),
        command.fingerprint(),
        this::replay,
        ticket -> placeNew(command, ticket));
  }

  private Mono<PlacedOrder> replay(long orderId) {
    OrderId id = new OrderId(orderId);
    return Mono.zip(orders.find(id), payments.findLatestForOrder(id), PlacedOrder::new);
  }

  private Mono<PlacedOrder> placeNew(PlaceOrderCommand command, IdempotencyTicket ticket) {
    return Flux.fromIterable(command.lines())
        .concatMap(line -> orderable(line.planId()))
        .collectMap(OrderedPlan::planId, plan -> plan, LinkedHashMap::new)
        .flatMap(plans -> roomFor(command).thenReturn(plans))
        .flatMap(plans -> draft(command, plans))
        .flatMap(
            draft ->
                command.method() == PaymentMethod.WALLET
                    ? payFromWallet(draft, ticket)
                    : payAtGateway(draft, command.payCurrency(), ticket));
  }

  private Mono<OrderedPlan> orderable(PlanId planId) {
    return catalog
        .plan(planId.value())
        .switchIfEmpty(
            Mono.error(
                new PlanUnavailableException(
                    planId, PlanUnavailableException.Reason.NOT_ORDERABLE)))
        .flatMap(view -> view.available() ? Mono.just(view) : noCapacity(planId))
        .map(view -> snapshot(planId, view));
  }

  /**
   * Whether the pools can take every new unit now, all lines of a plan together (a renewal keeps
   * its client, so needs no room). Provisioning counts again under lock; this spares the customer a
   * paid order that could only be refunded.
   */
  private Mono<Void> roomFor(PlaceOrderCommand command) {
    if (command.renews() != null) {
      return Mono.empty();
    }
    Map<PlanId, Integer> units = new LinkedHashMap<>();
    command.lines().forEach(line -> units.merge(line.planId(), line.quantity(), Integer::sum));
    return Flux.fromIterable(units.entrySet())
        .concatMap(
            wanted ->
                placement
                    .lockCandidates(wanted.getKey())
                    .filter(pool -> PlacementPlanner.place(pool, wanted.getValue()).isPresent())
                    .switchIfEmpty(noCapacity(wanted.getKey())))
        .then();
  }

  private static <T> Mono<T> noCapacity(PlanId planId) {
    return Mono.error(
        new PlanUnavailableException(planId, PlanUnavailableException.Reason.NO_CAPACITY));
  }

  private static OrderedPlan snapshot(PlanId planId, PlanView view) {
    return new OrderedPlan(planId, view.name(), view.durationDays(), view.price());
  }

  private Mono<Draft> draft(PlaceOrderCommand command, Map<PlanId, OrderedPlan> plans) {
    return Mono.zip(orders.nextOrderId(), orders.nextItemIds(command.lines().size()))
        .map(
            ids -> {
              List<OrderItem> items = new ArrayList<>();
              for (int i = 0; i < command.lines().size(); i++) {
                var line = command.lines().get(i);
                OrderItemId itemId = ids.getT2().get(i);
                items.add(
                    new OrderItem(
                        itemId, line.planId(), line.quantity(), plans.get(line.planId()).price()));
              }
              try {
                return new Draft(
                    Order.place(ids.getT1(), command.userId(), items, clock),
                    plans,
                    command.renews());
              } catch (CurrencyMismatchException mixed) {
                throw new OrderValidationException(
                    Map.of("items", List.of("all plans of one order must have one currency")));
              }
            });
  }

  private Mono<PlacedOrder> payFromWallet(Draft draft, IdempotencyTicket ticket) {
    Order paid = draft.order().markPaid();
    Instant now = clock.instant();
    WalletPosting debit =
        new WalletPosting(
            paid.userId(),
            LedgerEntryType.PURCHASE,
            paid.grandAmount(),
            "order:" + paid.id().value(),
            null,
            null,
            now);
    return transactions.inTransaction(
        () ->
            wallets
                .debit(debit)
                .flatMap(
                    outcome -> {
                      if (outcome instanceof DebitOutcome.InsufficientFunds refused) {
                        return Mono.error(
                            new InsufficientBalanceException(
                                refused.balance(), refused.requested()));
                      }
                      return storePaidOrder(paid, draft, ticket, now);
                    }));
  }

  private Mono<PlacedOrder> storePaidOrder(
      Order paid, Draft draft, IdempotencyTicket ticket, Instant now) {
    return insert(paid, PaymentMethod.WALLET, draft, now)
        .flatMap(
            details ->
                payments
                    .open(
                        paid.userId(),
                        paid.id(),
                        PaymentPurpose.ORDER,
                        Payment.WALLET,
                        PaymentStatus.PAID,
                        paid.grandAmount(),
                        now)
                    .flatMap(
                        payment ->
                            jobs.enqueue(ProvisioningJobs.provision(paid.id(), now))
                                .then(jobs.enqueue(PaymentMails.received(payment, now)))
                                .then(ticket.complete(RESOURCE, paid.id().value()))
                                .thenReturn(new PlacedOrder(details, payment))));
  }

  private Mono<PlacedOrder> payAtGateway(
      Draft draft, String payCurrency, IdempotencyTicket ticket) {
    Order order = draft.order();
    String coin = checkout.coin(payCurrency);
    Instant now = clock.instant();
    Mono<Payment> stored =
        transactions.inTransaction(
            () ->
                insert(order, PaymentMethod.NOWPAYMENTS, draft, now)
                    .then(
                        payments.open(
                            order.userId(),
                            order.id(),
                            PaymentPurpose.ORDER,
                            checkout.provider(),
                            PaymentStatus.UNPAID,
                            order.grandAmount(),
                            now))
                    .flatMap(
                        payment ->
                            ticket.complete(RESOURCE, order.id().value()).thenReturn(payment)));
    return checkout
        .requireMinimum(order.grandAmount(), coin)
        .then(stored)
        .flatMap(
            payment ->
                checkout
                    .open(payment, coin, "1000proxy order " + order.id().value())
                    .flatMap(opened -> awaitPayment(order).map(d -> new PlacedOrder(d, opened)))
                    .onErrorResume(error -> abandon(order, payment).then(Mono.error(error))));
  }

  private Mono<OrderDetails> awaitPayment(Order order) {
    return orders
        .transition(order, order.awaitPayment(), clock.instant())
        .then(Mono.defer(() -> orders.find(order.id())));
  }

  /** The gateway did not open a payment: close the order, nothing was paid. */
  private Mono<Void> abandon(Order order, Payment payment) {
    Instant now = clock.instant();
    return transactions.inTransaction(
        () ->
            orders
                .transition(order, order.cancel(), now)
                .then(payments.expireUnpaid(payment.id(), now))
                .then());
  }

  /** Inserts the order and, for a renewal, marks it as one before the transaction commits. */
  private Mono<OrderDetails> insert(Order order, PaymentMethod method, Draft draft, Instant now) {
    Mono<OrderDetails> inserted = orders.insert(order, method, draft.plans(), now);
    if (draft.renews() == null) {
      return inserted;
    }
    return inserted.flatMap(
        details -> orders.markRenewal(order.id(), draft.renews()).thenReturn(details));
  }

  private record Draft(Order order, Map<PlanId, OrderedPlan> plans, ServerClientId renews) {}
}
