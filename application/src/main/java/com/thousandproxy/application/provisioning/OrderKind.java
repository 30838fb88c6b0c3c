package com.thousandproxy.application.provisioning;

/** What a paid order delivers: new clients, or more time for a client the customer already has. */
public enum OrderKind {
  PURCHASE,
  RENEWAL
}
