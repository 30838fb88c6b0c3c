package com.thousandproxy.domain.ordering;

import static com.thousandproxy.domain.ordering.OrderStatus.CANCELLED;
import static com.thousandproxy.domain.ordering.OrderStatus.COMPLETED;
import static com.thousandproxy.domain.ordering.OrderStatus.EXPIRED;
import static com.thousandproxy.domain.ordering.OrderStatus.FAILED;
import static com.thousandproxy.domain.ordering.OrderStatus.PAID;
import static com.thousandproxy.domain.ordering.OrderStatus.PENDING;
import static com.thousandproxy.domain.ordering.OrderStatus.PROVISIONING;
import static com.thousandproxy.domain.ordering.OrderStatus.REFUNDED;

import com.thousandproxy.domain.shared.StateMachineContract;
import com.thousandproxy.domain.shared.TransitionTable;

class OrderStatusTest extends StateMachineContract<OrderStatus> {

  @Override
  protected TransitionTable<OrderStatus> expected() {
    return TransitionTable.of(OrderStatus.class)
        .from(PENDING, PAID, CANCELLED, EXPIRED, FAILED)
        .from(PAID, PROVISIONING, FAILED, REFUNDED)
        .from(PROVISIONING, COMPLETED, FAILED)
        .from(COMPLETED, REFUNDED);
  }
}
