package com.thousandproxy.application.ordering;

/** An invoice is issued with the order, paid with it, or void when the order closes unpaid. */
public enum InvoiceStatus {
  ISSUED,
  PAID,
  VOID
}
