package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.OrderKind;
import com.thousandproxy.application.provisioning.PaidOrder;
import com.thousandproxy.application.provisioning.ProvisionOrderCommand;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import com.thousandproxy.application.provisioning.port.in.ProvisionOrderUseCase;
import com.thousandproxy.application.provisioning.port.out.DeliveryTimings;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.domain.ordering.OrderStatus;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Runs one provisioning attempt of an order: a paid order moves to PROVISIONING, is delivered as a
 * purchase or a renewal, and ends COMPLETED; a failure worth retrying asks for another try, except
 * on the last attempt, which (like a failure not worth retrying) ends the order FAILED and
 * refunded. A settled order is left alone, so a duplicate or late job does nothing. A delivered
 * purchase tells {@link DeliveryTimings} how long its customer waited since paying.
 */
public final class ProvisionOrderService implements ProvisionOrderUseCase {

  private final ProvisioningOrders orders;
  private final PurchaseDelivery purchases;
  private final RenewalDelivery renewals;
  private final ProvisioningFailure failure;
  private final DeliveryTimings timings;
  private final Clock clock;

  public ProvisionOrderService(
      ProvisioningOrders orders,
      PurchaseDelivery purchases,
      RenewalDelivery renewals,
      ProvisioningFailure failure,
      DeliveryTimings timings,
      Clock clock) {
    this.orders = orders;
    this.purchases = purchases;
    this.renewals = renewals;
    this.failure = failure;
    this.timings = timings;
    this.clock = clock;
  }

  @Override
  public Mono<ProvisioningOutcome> provision(ProvisionOrderCommand command) {
    return orders
        .find(command.orderId())
        .flatMap(order -> attempt(order, command))
        .switchIfEmpty(
            Mono.fromSupplier(
                () ->
                    new ProvisioningOutcome.NothingToDo(
                        "order " + command.orderId().value() + " does not exist")))
        .onErrorResume(error -> failedUnexpectedly(command, error));
  }

  private Mono<ProvisioningOutcome> attempt(PaidOrder order, ProvisionOrderCommand command) {
    return switch (order.status()) {
      case PAID ->
          orders
              .markProvisioning(order.id(), clock.instant())
              .then(Mono.defer(() -> deliver(order, command)));
      case PROVISIONING -> deliver(order, command);
      default -> Mono.just(new ProvisioningOutcome.NothingToDo("order is " + order.status()));
    };
  }

  private Mono<ProvisioningOutcome> deliver(PaidOrder order, ProvisionOrderCommand command) {
    Mono<Step> delivery =
        order.kind() == OrderKind.RENEWAL ? renewals.renew(order) : purchases.deliver(order);
    return delivery.flatMap(
        step -> {
          if (step instanceof Step.Done done) {
            if (order.kind() == OrderKind.PURCHASE && order.paidAt() != null) {
              timings.purchaseDelivered(order.id(), order.paidAt(), clock.instant());
            }
            return Mono.just(new ProvisioningOutcome.Delivered(done.clients()));
          }
          if (step instanceof Step.Transient t && !command.lastAttempt()) {
            return Mono.just(new ProvisioningOutcome.RetryLater(t.reason()));
          }
          return failure.giveUp(order, reason(step));
        });
  }

  /** A store or programming error: retried like an outage, and on the last attempt the end. */
  private Mono<ProvisioningOutcome> failedUnexpectedly(
      ProvisionOrderCommand command, Throwable error) {
    String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
    if (!command.lastAttempt()) {
      return Mono.just(new ProvisioningOutcome.RetryLater(reason));
    }
    return orders
        .find(command.orderId())
        .filter(order -> order.status().canMoveTo(OrderStatus.FAILED))
        .flatMap(order -> failure.giveUp(order, reason))
        .switchIfEmpty(Mono.error(error));
  }

  private static String reason(Step step) {
    if (step instanceof Step.Permanent p) {
      return p.reason();
    }
    return ((Step.Transient) step).reason();
  }
}
