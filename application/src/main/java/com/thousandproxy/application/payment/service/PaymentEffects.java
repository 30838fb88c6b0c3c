package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.notification.PaymentMails;
import com.thousandproxy.application.ordering.ProvisioningJobs;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.payment.PartialPaymentPolicy;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import com.thousandproxy.application.payment.PaymentPurpose;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.wallet.WalletPosting;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.Order;
import com.thousandproxy.domain.ordering.OrderStateException;
import com.thousandproxy.domain.ordering.OrderStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.wallet.DebitOutcome;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a payment that just moved does to its order, the wallet and the job queue. Runs inside the
 * event's transaction; every effect is guarded (order compare-and-set, job dedup key, unique ledger
 * reference), so it cannot happen twice.
 */
public final class PaymentEffects {

  private final PaymentRepository payments;
  private final OrderRepository orders;
  private final WalletStore wallets;
  private final JobQueue jobs;
  private final AuditLog audit;
  private final PartialPaymentPolicy partialPolicy;

  public PaymentEffects(
      PaymentRepository payments,
      OrderRepository orders,
      WalletStore wallets,
      JobQueue jobs,
      AuditLog audit,
      PartialPaymentPolicy partialPolicy) {
    this.payments = payments;
    this.orders = orders;
    this.wallets = wallets;
    this.jobs = jobs;
    this.audit = audit;
    this.partialPolicy = partialPolicy;
  }

  Mono<PaymentEventOutcome> afterMove(Payment payment, PaymentEvent event, Instant now) {
    boolean order = payment.purpose() == PaymentPurpose.ORDER;
    return switch (payment.status()) {
      case PAID -> order ? orderPaid(payment, now) : topUpFinished(payment, now);
      case PARTIALLY_PAID -> partiallyPaid(payment, event, now);
      case FAILED -> moveOrder(payment, Order::markPaymentFailed, now).thenReturn(applied());
      case EXPIRED -> moveOrder(payment, Order::expire, now).thenReturn(applied());
      case REFUNDED -> refunded(payment, now);
      default -> Mono.just(applied());
    };
  }

  /**
   * Money arrived after the payment expired: nothing is delivered, its value goes to the wallet.
   */
  Mono<PaymentEventOutcome> lateDeposit(Payment payment, PaymentEvent event, Instant now) {
    Optional<Money> value =
        event.status().isPaidInFull()
            ? Optional.of(payment.amount())
            : ReceivedValue.of(payment, event.amounts());
    Mono<Void> word =
        payments.recordProviderWord(payment.id(), event.status(), event.amounts(), now);
    if (value.isEmpty()) {
      return word.then(auditPayment("payment.late_deposit_held", payment, now))
          .thenReturn(PaymentEventOutcome.PARTIAL_HELD);
    }
    LedgerEntryType type =
        payment.purpose() == PaymentPurpose.TOP_UP
            ? LedgerEntryType.TOP_UP
            : LedgerEntryType.REFUND;
    return word.then(credit(payment, type, value.get(), payment.ledgerReference(), now))
        .thenReturn(PaymentEventOutcome.CREDITED_TO_WALLET);
  }

  private Mono<PaymentEventOutcome> orderPaid(Payment payment, Instant now) {
    return moveOrder(payment, Order::markPaid, now)
        .flatMap(
            paid ->
                paid
                    ? jobs.enqueue(ProvisioningJobs.provision(payment.orderId(), now))
                        .then(jobs.enqueue(PaymentMails.received(payment, now)))
                        .thenReturn(applied())
                    : returnToWallet(payment, payment.amount(), PaymentStatus.PAID, now)
                        .thenReturn(PaymentEventOutcome.CREDITED_TO_WALLET));
  }

  private Mono<PaymentEventOutcome> topUpFinished(Payment payment, Instant now) {
    String partialReference = payment.ledgerReference() + ":partial";
    return wallets
        .entry(LedgerEntryType.TOP_UP, partialReference)
        .flatMap(
            partial -> {
              Money due =
                  partial
                      .map(entry -> payment.amount().minus(entry.entry().amount()))
                      .orElse(payment.amount());
              return due.isPositive()
                  ? credit(payment, LedgerEntryType.TOP_UP, due, payment.ledgerReference(), now)
                  : Mono.empty();
            })
        .then(jobs.enqueue(PaymentMails.received(payment, now)))
        .thenReturn(applied());
  }

  private Mono<PaymentEventOutcome> partiallyPaid(
      Payment payment, PaymentEvent event, Instant now) {
    Optional<Money> received = ReceivedValue.of(payment, event.amounts());
    boolean order = payment.purpose() == PaymentPurpose.ORDER;
    Mono<Boolean> marked =
        order ? moveOrder(payment, Order::markPartiallyPaid, now) : Mono.just(true);
    if (partialPolicy == PartialPaymentPolicy.HOLD || received.isEmpty()) {
      return marked
          .then(auditPayment("payment.partially_paid_held", payment, now))
          .thenReturn(PaymentEventOutcome.PARTIAL_HELD);
    }
    if (!order) {
      return marked
          .then(
              credit(
                  payment,
                  LedgerEntryType.TOP_UP,
                  received.get(),
                  payment.ledgerReference() + ":partial",
                  now))
          .thenReturn(PaymentEventOutcome.PARTIAL_CREDITED);
    }
    return marked
        .then(returnToWallet(payment, received.get(), PaymentStatus.PARTIALLY_PAID, now))
        .then(moveOrder(payment, Order::returnPartialPayment, now))
        .thenReturn(PaymentEventOutcome.PARTIAL_CREDITED);
  }

  private Mono<PaymentEventOutcome> refunded(Payment payment, Instant now) {
    Mono<Void> audited = auditPayment("payment.refunded", payment, now);
    if (payment.purpose() == PaymentPurpose.TOP_UP) {
      return reverseTopUp(payment, now).then(audited).thenReturn(applied());
    }
    if (payment.orderId() == null) {
      return audited.thenReturn(applied());
    }
    return orders
        .find(payment.orderId())
        .flatMap(
            details -> {
              OrderStatus status = details.order().status();
              boolean delivered =
                  status == OrderStatus.PAID
                      || status == OrderStatus.PROVISIONING
                      || status == OrderStatus.COMPLETED;
              if (!delivered) {
                return Mono.<Void>empty();
              }
              return moveOrder(payment, Order::refund, now)
                  .then(jobs.enqueue(ProvisioningJobs.suspendClients(payment.orderId(), now)))
                  .then();
            })
        .then(audited)
        .thenReturn(applied());
  }

  /**
   * The gateway gave a top-up's money back to the customer: what it credited (in full and from a
   * partial payment) leaves the wallet once. A balance already spent cannot go below zero: the
   * shortfall is audited for an admin to settle.
   */
  private Mono<Void> reverseTopUp(Payment payment, Instant now) {
    String reference = payment.ledgerReference();
    return Flux.concat(
            wallets.entry(LedgerEntryType.TOP_UP, reference),
            wallets.entry(LedgerEntryType.TOP_UP, reference + ":partial"))
        .flatMap(Mono::justOrEmpty)
        .map(credited -> credited.entry().amount())
        .reduce(Money::plus)
        .flatMap(
            credited ->
                wallets.debit(
                    new WalletPosting(
                        payment.userId(),
                        LedgerEntryType.ADJUSTMENT,
                        credited,
                        reference + ":refunded",
                        "top-up refunded by " + payment.provider(),
                        null,
                        now)))
        .flatMap(
            outcome ->
                outcome instanceof DebitOutcome.InsufficientFunds
                    ? auditPayment("payment.refund_uncovered", payment, now)
                    : Mono.empty());
  }

  /** Credits money that cannot buy the order back to the wallet and closes the payment. */
  private Mono<Void> returnToWallet(
      Payment payment, Money amount, PaymentStatus from, Instant now) {
    return credit(payment, LedgerEntryType.REFUND, amount, payment.ledgerReference(), now)
        .then(
            payments.transition(payment.id(), from, PaymentStatus.REFUNDED, null, null, null, now))
        .then();
  }

  private Mono<Void> credit(
      Payment payment, LedgerEntryType type, Money amount, String reference, Instant now) {
    return wallets
        .credit(new WalletPosting(payment.userId(), type, amount, reference, null, null, now))
        .then();
  }

  /** Moves the payment's order if its lifecycles allow it; false when they do not or it raced. */
  private Mono<Boolean> moveOrder(Payment payment, UnaryOperator<Order> move, Instant now) {
    if (payment.orderId() == null) {
      return Mono.just(false);
    }
    return Mono.defer(() -> orders.find(payment.orderId()))
        .flatMap(
            details -> {
              Order before = details.order();
              Order after;
              try {
                after = move.apply(before);
              } catch (IllegalTransitionException
                  | OrderStateException
                  | IllegalArgumentException e) {
                return Mono.just(false);
              }
              return orders.transition(before, after, now);
            })
        .defaultIfEmpty(false);
  }

  private Mono<Void> auditPayment(String action, Payment payment, Instant now) {
    return audit.record(
        AuditEvent.of(AuditActor.SYSTEM, action, now)
            .target("PAYMENT", payment.id())
            .details(
                Map.of(
                    "provider", payment.provider(),
                    "orderId",
                        payment.orderId() == null ? "-" : Long.toString(payment.orderId().value()),
                    "amount", payment.amount().toPlainString())));
  }

  private static PaymentEventOutcome applied() {
    return PaymentEventOutcome.APPLIED;
  }
}
