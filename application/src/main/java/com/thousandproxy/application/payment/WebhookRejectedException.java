package com.thousandproxy.application.payment;

/** A webhook that is not proven to come from the provider: answered 401, nothing changes. */
public final class WebhookRejectedException extends RuntimeException {

  private final WebhookRejection reason;

  public WebhookRejectedException(WebhookRejection reason) {
    super("webhook rejected: " + reason);
    this.reason = reason;
  }

  public WebhookRejection reason() {
    return reason;
  }
}
