package com.thousandproxy.application.payment;

/**
 * The gateway refuses our credentials or account setup (NowPayments 403 {@code INVALID_API_KEY},
 * also a sandbox key on production). An operator must fix the configuration; retrying is useless.
 */
public class PaymentGatewayMisconfiguredException extends PaymentGatewayException {

  private final String code;

  public PaymentGatewayMisconfiguredException(String provider, String code, String message) {
    super(provider, code + " " + message, null);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
