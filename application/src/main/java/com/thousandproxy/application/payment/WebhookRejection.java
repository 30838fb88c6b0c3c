package com.thousandproxy.application.payment;

/** Why a webhook was not accepted as genuine. */
public enum WebhookRejection {
  /** No signature header. */
  MISSING_SIGNATURE,
  /** A signature that is not well-formed or does not match the body. */
  BAD_SIGNATURE,
  /** The body is not the JSON a signature could have been computed over. */
  MALFORMED_BODY
}
