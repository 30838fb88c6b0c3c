package com.thousandproxy.domain.ordering;

import static com.thousandproxy.domain.ordering.OrderTestData.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.shared.OperationMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tries every operation of an order from every state the order can be in: where the tables allow it
 * both lifecycles move as written here, everywhere else it is refused with a typed exception.
 */
class OrderTransitionsTest {

  enum Operation {
    AWAIT_PAYMENT(Order::awaitPayment),
    MARK_PARTIALLY_PAID(Order::markPartiallyPaid),
    MARK_PAYMENT_FAILED(Order::markPaymentFailed),
    RETURN_PARTIAL_PAYMENT(Order::returnPartialPayment),
    MARK_PAID(Order::markPaid),
    CANCEL(Order::cancel),
    EXPIRE(Order::expire),
    START_PROVISIONING(Order::startProvisioning),
    COMPLETE(Order::complete),
    FAIL_PROVISIONING(Order::failProvisioning),
    REFUND(Order::refund);

    final UnaryOperator<Order> action;

    Operation(UnaryOperator<Order> action) {
      this.action = action;
    }
  }

  record Both(OrderStatus status, PaymentStatus payment) {
    static Both of(Order order) {
      return new Both(order.status(), order.paymentStatus());
    }

    @Override
    public String toString() {
      return status + "/" + payment;
    }
  }

  private static Both both(String status, String payment) {
    return new Both(OrderStatus.valueOf(status), PaymentStatus.valueOf(payment));
  }

  /** Every pair of states an order can hold. */
  static final List<Both> STATES =
      List.of(
          both("PENDING", "UNPAID"),
          both("PENDING", "PENDING"),
          both("PENDING", "PARTIALLY_PAID"),
          both("PENDING", "FAILED"),
          both("PENDING", "REFUNDED"),
          both("PAID", "PAID"),
          both("PROVISIONING", "PAID"),
          both("COMPLETED", "PAID"),
          both("CANCELLED", "UNPAID"),
          both("CANCELLED", "PENDING"),
          both("CANCELLED", "FAILED"),
          both("CANCELLED", "EXPIRED"),
          both("CANCELLED", "REFUNDED"),
          both("EXPIRED", "UNPAID"),
          both("EXPIRED", "PENDING"),
          both("EXPIRED", "FAILED"),
          both("EXPIRED", "EXPIRED"),
          both("EXPIRED", "REFUNDED"),
          both("FAILED", "FAILED"),
          both("FAILED", "REFUNDED"),
          both("REFUNDED", "REFUNDED"));

  /** For each operation: from-state to resulting state; a state not listed is refused. */
  static final Map<Operation, Map<Both, Both>> ALLOWED =
      Map.ofEntries(
          Map.entry(
              Operation.AWAIT_PAYMENT,
              Map.of(both("PENDING", "UNPAID"), both("PENDING", "PENDING"))),
          Map.entry(
              Operation.MARK_PARTIALLY_PAID,
              Map.of(both("PENDING", "PENDING"), both("PENDING", "PARTIALLY_PAID"))),
          Map.entry(
              Operation.MARK_PAYMENT_FAILED,
              Map.of(
                  both("PENDING", "PENDING"), both("FAILED", "FAILED"),
                  both("CANCELLED", "PENDING"), both("CANCELLED", "FAILED"),
                  both("EXPIRED", "PENDING"), both("EXPIRED", "FAILED"))),
          Map.entry(
              Operation.RETURN_PARTIAL_PAYMENT,
              Map.of(both("PENDING", "PARTIALLY_PAID"), both("PENDING", "REFUNDED"))),
          Map.entry(
              Operation.MARK_PAID,
              Map.of(
                  both("PENDING", "UNPAID"), both("PAID", "PAID"),
                  both("PENDING", "PENDING"), both("PAID", "PAID"),
                  both("PENDING", "PARTIALLY_PAID"), both("PAID", "PAID"))),
          Map.entry(
              Operation.CANCEL,
              Map.of(
                  both("PENDING", "UNPAID"), both("CANCELLED", "UNPAID"),
                  both("PENDING", "PENDING"), both("CANCELLED", "PENDING"),
                  both("PENDING", "FAILED"), both("CANCELLED", "FAILED"),
                  both("PENDING", "REFUNDED"), both("CANCELLED", "REFUNDED"))),
          Map.entry(
              Operation.EXPIRE,
              Map.of(
                  both("PENDING", "UNPAID"), both("EXPIRED", "EXPIRED"),
                  both("PENDING", "PENDING"), both("EXPIRED", "EXPIRED"),
                  both("PENDING", "FAILED"), both("EXPIRED", "FAILED"),
                  both("PENDING", "REFUNDED"), both("EXPIRED", "REFUNDED"))),
          Map.entry(
              Operation.START_PROVISIONING,
              Map.of(both("PAID", "PAID"), both("PROVISIONING", "PAID"))),
          Map.entry(
              Operation.COMPLETE, Map.of(both("PROVISIONING", "PAID"), both("COMPLETED", "PAID"))),
          Map.entry(
              Operation.FAIL_PROVISIONING,
              Map.of(
                  both("PAID", "PAID"), both("FAILED", "REFUNDED"),
                  both("PROVISIONING", "PAID"), both("FAILED", "REFUNDED"))),
          Map.entry(
              Operation.REFUND,
              Map.of(
                  both("PAID", "PAID"), both("REFUNDED", "REFUNDED"),
                  both("COMPLETED", "PAID"), both("REFUNDED", "REFUNDED"))));

  private static final OperationMatrix<Operation, Both> MATRIX =
      new OperationMatrix<>(
          List.of(Operation.values()),
          STATES,
          (operation, from) -> ALLOWED.get(operation).containsKey(from));

  static List<Arguments> allowed() {
    return MATRIX.allowedPairs();
  }

  static List<Arguments> refused() {
    return MATRIX.refusedPairs();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("allowed")
  void anAllowedOperationMovesBothLifecyclesAsTheTableSays(Operation operation, Both from) {
    Both expected = ALLOWED.get(operation).get(from);
    Order order = anOrder().in(from.status(), from.payment()).build();

    Order moved = operation.action.apply(order);

    assertThat(Both.of(moved)).isEqualTo(expected);
    assertThat(moved.items()).isEqualTo(order.items());
    assertThat(Both.of(order)).as("the original is unchanged").isEqualTo(from);
  }

  @ParameterizedTest(name = "{0} from {1} is refused")
  @MethodSource("refused")
  void aRefusedOperationThrowsATypedException(Operation operation, Both from) {
    Order order = anOrder().in(from.status(), from.payment()).build();

    assertThatThrownBy(() -> operation.action.apply(order))
        .isInstanceOfAny(IllegalTransitionException.class, OrderStateException.class);
  }

  static List<Arguments> impossibleStates() {
    var states = new ArrayList<Arguments>();
    for (OrderStatus status : OrderStatus.values()) {
      for (PaymentStatus payment : PaymentStatus.values()) {
        if (!STATES.contains(new Both(status, payment))) {
          states.add(Arguments.of(status, payment));
        }
      }
    }
    return states;
  }

  @ParameterizedTest(name = "{0} with payment {1} is refused")
  @MethodSource("impossibleStates")
  void anOrderCannotBeBuiltInAStateTheLifecyclesNeverReachTogether(
      OrderStatus status, PaymentStatus payment) {
    assertThatThrownBy(() -> anOrder().in(status, payment).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
