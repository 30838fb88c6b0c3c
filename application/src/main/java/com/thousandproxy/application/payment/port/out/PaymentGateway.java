package com.thousandproxy.application.payment.port.out;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.domain.money.Money;
import reactor.core.publisher.Mono;

/**
 * Opens and reads payments at one payment provider (NowPayments, a demo, later others).
 *
 * <p>Expected business cases are values ({@link PaymentCreation}, {@link MinimumCheck}); failures
 * signal a {@link com.thousandproxy.application.payment.PaymentGatewayException}: {@code
 * PaymentGatewayUnavailableException} for outages, {@code PaymentGatewayMisconfiguredException} for
 * a bad API key, {@code PaymentGatewayRejectedException} for unexpected client errors.
 */
public interface PaymentGateway {

  /** The provider's name, stored as the payment method: {@code "nowpayments"}, {@code "demo"}. */
  String provider();

  /**
   * Opens a payment. Never retried inside the adapter: a create that timed out may exist at the
   * provider (see {@code PaymentGatewayUnavailableException#mayHaveReachedProvider()}).
   */
  Mono<PaymentCreation> createPayment(NewPayment payment);

  /** The payment's current state at the provider; empty when the provider does not know the id. */
  Mono<GatewayPayment> paymentStatus(String providerPaymentId);

  /** Whether {@code price} reaches the provider's minimum for paying in {@code payCurrency}. */
  Mono<MinimumCheck> checkMinimum(Money price, String payCurrency);
}
