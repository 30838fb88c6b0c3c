package com.thousandproxy.application.payment;

/** No such payment, or not the caller's: the API answers 404 either way. */
public final class PaymentNotFoundException extends RuntimeException {

  public PaymentNotFoundException(long paymentId) {
    super("payment " + paymentId + " not found");
  }
}
