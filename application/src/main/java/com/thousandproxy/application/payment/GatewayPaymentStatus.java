package com.thousandproxy.application.payment;

import java.util.Locale;

/**
 * Where a payment stands at its provider, in provider-neutral terms (the NowPayments vocabulary,
 * which the other crypto providers map onto).
 *
 * <p>Only {@link #FINISHED} delivers goods. {@link #PARTIALLY_PAID} means money arrived but less
 * than asked; {@link #UNKNOWN} is a status this code does not know yet: never act on it, poll.
 */
public enum GatewayPaymentStatus {
  WAITING(false),
  CONFIRMING(false),
  CONFIRMED(false),
  SENDING(false),
  PARTIALLY_PAID(true),
  FINISHED(true),
  FAILED(true),
  REFUNDED(true),
  /** Nothing arrived in time; not terminal: late deposits still happen, keep polling. */
  EXPIRED(false),
  CANCELLED(true),
  UNKNOWN(false);

  private final boolean terminal;

  GatewayPaymentStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** Maps a provider's status word ({@code "partially_paid"}, {@code "Finished"}) to a status. */
  public static GatewayPaymentStatus fromProvider(String status) {
    if (status == null || status.isBlank()) {
      return UNKNOWN;
    }
    String name = status.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    if (name.equals("CANCELED")) {
      return CANCELLED;
    }
    for (GatewayPaymentStatus candidate : values()) {
      if (candidate.name().equals(name)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }

  /** The provider's own word for this status, e.g. {@code "partially_paid"}. */
  public String providerName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** No further status is expected from the provider. */
  public boolean isTerminal() {
    return terminal;
  }

  /** The only status on which an order is fulfilled or a wallet credited. */
  public boolean isPaidInFull() {
    return this == FINISHED;
  }
}
