package com.thousandproxy.application.ordering;

import com.thousandproxy.domain.money.Money;
import java.time.Instant;

/**
 * The invoice of an order, numbered without gaps in issue order ({@code INV-000042}).
 *
 * @param paidAt null while unpaid
 */
public record Invoice(
    String number, InvoiceStatus status, Money amount, Instant issuedAt, Instant paidAt) {

  /** The invoice number for the n-th invoice ever issued. */
  public static String number(long sequence) {
    return String.format("INV-%06d", sequence);
  }
}
