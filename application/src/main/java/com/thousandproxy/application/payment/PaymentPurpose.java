package com.thousandproxy.application.payment;

/** What a payment pays for: an order, or a wallet top-up. */
public enum PaymentPurpose {
  ORDER,
  TOP_UP
}
