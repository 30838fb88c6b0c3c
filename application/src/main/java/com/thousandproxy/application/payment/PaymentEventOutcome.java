package com.thousandproxy.application.payment;

/** What applying one provider event did; stored with the event in the inbox. */
public enum PaymentEventOutcome {
  /** The payment moved forward and its effects ran. */
  APPLIED,
  /** The gateway's word progressed (e.g. confirming) without a status change. */
  PROGRESSED,
  /** The same event was stored before: nothing happened twice. */
  DUPLICATE,
  /** The event is older than or equal to what we know: nothing changed. */
  STALE,
  /** No payment of ours matches the event. */
  UNKNOWN_PAYMENT,
  /** A repeated or wrong-asset deposit: kept for a human, never fulfilled automatically. */
  REPEATED_DEPOSIT,
  /** The event's price is not the payment's: kept for a human, nothing fulfilled. */
  AMOUNT_MISMATCH,
  /** A status this code does not act on. */
  IGNORED_STATUS,
  /** Money arrived for an order that can no longer be delivered: credited to the wallet. */
  CREDITED_TO_WALLET,
  /** Part of the price arrived: the order is not delivered, the received value was credited. */
  PARTIAL_CREDITED,
  /** Part of the price arrived and the policy is to hold it for a human. */
  PARTIAL_HELD,
  /** A genuine notification that is not about a payment. */
  IGNORED
}
