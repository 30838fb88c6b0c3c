package com.thousandproxy.application.payment;

/**
 * The gateway could not be reached or did not answer properly (timeout, 5xx, rate limit, open
 * circuit). The API answers 502/503; the poller tries again later.
 *
 * <p>For a payment creation, {@link #mayHaveReachedProvider()} tells whether the provider may have
 * opened the payment anyway (timeout, 5xx): then do not create another one blindly; resolve the
 * attempt by polling or by hand.
 */
public class PaymentGatewayUnavailableException extends PaymentGatewayException {

  private final boolean mayHaveReachedProvider;

  public PaymentGatewayUnavailableException(
      String provider, String message, boolean mayHaveReachedProvider, Throwable cause) {
    super(provider, message, cause);
    this.mayHaveReachedProvider = mayHaveReachedProvider;
  }

  public boolean mayHaveReachedProvider() {
    return mayHaveReachedProvider;
  }
}
