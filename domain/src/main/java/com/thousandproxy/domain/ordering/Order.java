package com.thousandproxy.domain.ordering;

import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A customer's purchase of one to ten plan lines in one currency: placed unpaid, paid through the
 * wallet or a gateway, then provisioned and completed; an unpaid order can be cancelled or expire,
 * and a paid one ends failed or refunded when its money goes back.
 *
 * <p>Two lifecycles move together: {@link OrderStatus} for the goods and {@link PaymentStatus} for
 * the money; each transition method checks both and returns the new order.
 */
public record Order(
    OrderId id,
    UserId userId,
    List<OrderItem> items,
    OrderStatus status,
    PaymentStatus paymentStatus,
    Instant createdAt) {

  public static final int MAX_ITEMS = 10;

  public Order {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(userId, "userId");
    items = List.copyOf(items);
    requireValidItems(items);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(paymentStatus, "paymentStatus");
    if (!consistent(status, paymentStatus)) {
      throw new IllegalArgumentException(
          "an order cannot be " + status + " with payment " + paymentStatus);
    }
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public static Order place(OrderId id, UserId userId, List<OrderItem> items, Clock clock) {
    return new Order(id, userId, items, OrderStatus.PENDING, PaymentStatus.UNPAID, clock.instant());
  }

  public Currency currency() {
    return items.get(0).unitAmount().currency();
  }

  public Money totalAmount() {
    return items.stream().map(OrderItem::totalAmount).reduce(Money::plus).orElseThrow();
  }

  /** What the customer pays: the total, as there are no discounts or fees yet. */
  public Money grandAmount() {
    return totalAmount();
  }

  /** Whether the order is still unpaid after {@code maxAge}, so the expiry job may close it. */
  public boolean isOverdue(Duration maxAge, Clock clock) {
    return status == OrderStatus.PENDING
        && !paymentStatus.holdsMoney()
        && !clock.instant().isBefore(createdAt.plus(maxAge));
  }

  /** A gateway payment was created for it. */
  public Order awaitPayment() {
    requireOpen();
    return withPayment(paymentStatus.moveTo(PaymentStatus.PENDING));
  }

  public Order markPartiallyPaid() {
    requireOpen();
    return withPayment(paymentStatus.moveTo(PaymentStatus.PARTIALLY_PAID));
  }

  /**
   * The gateway says the payment failed: a pending order fails with it; one already cancelled or
   * expired only records it.
   */
  public Order markPaymentFailed() {
    PaymentStatus payment = paymentStatus.moveTo(PaymentStatus.FAILED);
    return status == OrderStatus.PENDING
        ? with(status.moveTo(OrderStatus.FAILED), payment)
        : withPayment(payment);
  }

  /** The part received was credited to the wallet; the order may then be cancelled or expire. */
  public Order returnPartialPayment() {
    requireOpen();
    return withPayment(paymentStatus.moveTo(PaymentStatus.REFUNDED));
  }

  public Order markPaid() {
    return with(status.moveTo(OrderStatus.PAID), paymentStatus.moveTo(PaymentStatus.PAID));
  }

  public Order cancel() {
    OrderStatus next = status.moveTo(OrderStatus.CANCELLED);
    requireNoMoneyHeld();
    return with(next, paymentStatus);
  }

  public Order expire() {
    OrderStatus next = status.moveTo(OrderStatus.EXPIRED);
    requireNoMoneyHeld();
    PaymentStatus payment =
        paymentStatus.canMoveTo(PaymentStatus.EXPIRED) ? PaymentStatus.EXPIRED : paymentStatus;
    return with(next, payment);
  }

  public Order startProvisioning() {
    return with(status.moveTo(OrderStatus.PROVISIONING), paymentStatus);
  }

  public Order complete() {
    return with(status.moveTo(OrderStatus.COMPLETED), paymentStatus);
  }

  /** Provisioning gave up; the caller credits the paid amount back to the wallet. */
  public Order failProvisioning() {
    if (status == OrderStatus.PENDING) {
      throw new IllegalTransitionException(status, OrderStatus.FAILED);
    }
    return with(status.moveTo(OrderStatus.FAILED), paymentStatus.moveTo(PaymentStatus.REFUNDED));
  }

  public Order refund() {
    return with(status.moveTo(OrderStatus.REFUNDED), paymentStatus.moveTo(PaymentStatus.REFUNDED));
  }

  private void requireOpen() {
    if (status != OrderStatus.PENDING) {
      throw new OrderStateException(this, OrderStateException.Rule.ORDER_CLOSED);
    }
  }

  private void requireNoMoneyHeld() {
    if (paymentStatus.holdsMoney()) {
      throw new OrderStateException(this, OrderStateException.Rule.MONEY_HELD);
    }
  }

  private Order withPayment(PaymentStatus newPaymentStatus) {
    return with(status, newPaymentStatus);
  }

  private Order with(OrderStatus newStatus, PaymentStatus newPaymentStatus) {
    return new Order(id, userId, items, newStatus, newPaymentStatus, createdAt);
  }

  private static void requireValidItems(List<OrderItem> items) {
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("an order has 1.." + MAX_ITEMS + " items");
    }
    Currency currency = items.get(0).unitAmount().currency();
    var ids = new HashSet<OrderItemId>();
    for (OrderItem item : items) {
      Currency other = item.unitAmount().currency();
      if (!currency.equals(other)) {
        throw new CurrencyMismatchException(currency, other);
      }
      if (!ids.add(item.id())) {
        throw new IllegalArgumentException("duplicate item id " + item.id().value());
      }
    }
  }

  /** The pairs the two lifecycles can reach together; anything else is a bug or a bad row. */
  private static boolean consistent(OrderStatus status, PaymentStatus payment) {
    return switch (status) {
      case PENDING -> payment != PaymentStatus.PAID && payment != PaymentStatus.EXPIRED;
      case PAID, PROVISIONING, COMPLETED -> payment == PaymentStatus.PAID;
      case CANCELLED, EXPIRED -> !payment.holdsMoney();
      case FAILED -> payment == PaymentStatus.REFUNDED || payment == PaymentStatus.FAILED;
      case REFUNDED -> payment == PaymentStatus.REFUNDED;
    };
  }
}
