package com.thousandproxy.application.payment;

/** The gateway refused to open the payment (e.g. an unknown pay currency); nothing was charged. */
public final class PaymentRefusedException extends RuntimeException {

  private final String code;

  public PaymentRefusedException(String code, String message) {
    super("the gateway refused the payment: " + code + " " + message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
