package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.domain.ordering.PaymentStatus;

/** How a gateway's word maps onto our payment lifecycle, and how far along an open one is. */
final class PaymentStatuses {

  private PaymentStatuses() {}

  /** Our status for the gateway's word; null for a word we do not act on. */
  static PaymentStatus target(GatewayPaymentStatus word) {
    return switch (word) {
      case WAITING, CONFIRMING, CONFIRMED, SENDING -> PaymentStatus.PENDING;
      case PARTIALLY_PAID -> PaymentStatus.PARTIALLY_PAID;
      case FINISHED -> PaymentStatus.PAID;
      case FAILED, CANCELLED -> PaymentStatus.FAILED;
      case EXPIRED -> PaymentStatus.EXPIRED;
      case REFUNDED -> PaymentStatus.REFUNDED;
      case UNKNOWN -> null;
    };
  }

  /** Order of the in-flight words, so a stale {@code waiting} never overwrites {@code sending}. */
  static int rank(GatewayPaymentStatus word) {
    if (word == null) {
      return -1;
    }
    return switch (word) {
      case WAITING -> 0;
      case CONFIRMING -> 1;
      case CONFIRMED -> 2;
      case SENDING -> 3;
      default -> 4;
    };
  }
}
