package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.payment.Payment;
import java.time.Instant;

/**
 * The "payment received" e-mail of a payment that was just marked paid: an order's payment or a
 * wallet top-up. A plain job, enqueued in the transaction of the payment's move; keyed by the
 * payment, so a repeated provider event never mails twice.
 */
public final class PaymentMails {

  private PaymentMails() {}

  public static NewJob received(Payment payment, Instant now) {
    EmailContent content =
        payment.orderId() == null
            ? EmailTemplates.topUpCredited(payment.amount())
            : EmailTemplates.orderPaid(payment.orderId().value(), payment.amount());
    return SendEmailJobHandler.job(payment.userId(), content, "email:paid:" + payment.id(), now);
  }
}
