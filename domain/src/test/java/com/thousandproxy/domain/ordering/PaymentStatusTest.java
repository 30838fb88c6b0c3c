package com.thousandproxy.domain.ordering;

import static com.thousandproxy.domain.ordering.PaymentStatus.EXPIRED;
import static com.thousandproxy.domain.ordering.PaymentStatus.FAILED;
import static com.thousandproxy.domain.ordering.PaymentStatus.PAID;
import static com.thousandproxy.domain.ordering.PaymentStatus.PARTIALLY_PAID;
import static com.thousandproxy.domain.ordering.PaymentStatus.PENDING;
import static com.thousandproxy.domain.ordering.PaymentStatus.REFUNDED;
import static com.thousandproxy.domain.ordering.PaymentStatus.UNPAID;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.shared.StateMachineContract;
import com.thousandproxy.domain.shared.TransitionTable;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class PaymentStatusTest extends StateMachineContract<PaymentStatus> {

  @Override
  protected TransitionTable<PaymentStatus> expected() {
    return TransitionTable.of(PaymentStatus.class)
        .from(UNPAID, PENDING, PAID, EXPIRED)
        .from(PENDING, PARTIALLY_PAID, PAID, FAILED, EXPIRED)
        .from(PARTIALLY_PAID, PAID, REFUNDED)
        .from(PAID, REFUNDED);
  }

  @Test
  void onlyAPartialOrFullPaymentHoldsMoney() {
    assertThat(EnumSet.allOf(PaymentStatus.class))
        .filteredOn(PaymentStatus::holdsMoney)
        .containsExactlyInAnyOrder(PARTIALLY_PAID, PAID);
  }
}
