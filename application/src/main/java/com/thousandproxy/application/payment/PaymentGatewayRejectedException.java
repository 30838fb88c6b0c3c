package com.thousandproxy.application.payment;

/**
 * The gateway answered a read with a client error we did not expect (a 4xx other than "not found"):
 * a bug on our side or a changed API, not an outage.
 */
public class PaymentGatewayRejectedException extends PaymentGatewayException {

  private final int httpStatus;
  private final String code;

  public PaymentGatewayRejectedException(
      String provider, int httpStatus, String code, String message) {
    super(provider, httpStatus + " " + code + " " + message, null);
    this.httpStatus = httpStatus;
    this.code = code;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String code() {
    return code;
  }
}
