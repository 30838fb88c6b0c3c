package com.thousandproxy.application.payment;

import java.util.Objects;

/** The outcome of authenticating and reading a webhook. */
public sealed interface WebhookVerification {

  /** Genuine and about a payment: apply the event (idempotently). */
  record Verified(PaymentEvent event) implements WebhookVerification {
    public Verified {
      Objects.requireNonNull(event, "event");
    }
  }

  /**
   * Genuine, but nothing for us to apply (e.g. a payout notification): acknowledge with 2xx so the
   * provider stops retrying, change nothing.
   */
  record Ignored(String why) implements WebhookVerification {
    public Ignored {
      Objects.requireNonNull(why, "why");
    }
  }

  /** Not proven to come from the provider: answer 401 and change nothing. */
  record Rejected(WebhookRejection reason) implements WebhookVerification {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
