package com.thousandproxy.application.payment;

/** A gateway call failed for a reason that is not a business outcome of the request. */
public abstract class PaymentGatewayException extends RuntimeException {

  private final String provider;

  protected PaymentGatewayException(String provider, String message, Throwable cause) {
    super(provider + ": " + message, cause);
    this.provider = provider;
  }

  public String provider() {
    return provider;
  }
}
