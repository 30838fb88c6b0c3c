package com.thousandproxy.application.payment;

/** What to do when less than the price arrives ({@code partially_paid}): never deliver on it. */
public enum PartialPaymentPolicy {
  /** Credit the received fiat value to the customer's wallet, once. */
  CREDIT_WALLET,
  /** Keep it for a human (audited); nothing is credited. */
  HOLD
}
