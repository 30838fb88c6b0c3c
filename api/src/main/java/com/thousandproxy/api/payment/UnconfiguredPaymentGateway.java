package com.thousandproxy.api.payment;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.PaymentGatewayMisconfiguredException;
import com.thousandproxy.application.payment.WebhookRejection;
import com.thousandproxy.application.payment.WebhookVerification;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import com.thousandproxy.domain.money.Money;
import reactor.core.publisher.Mono;

/**
 * Stands in for NowPayments while {@code app.payments.nowpayments.api-key}/{@code ipn-secret} are
 * not set: the application starts, gateway checkouts answer 502 and every IPN is refused.
 */
final class UnconfiguredPaymentGateway implements PaymentGateway, PaymentWebhookVerifier {

  private static final String PROVIDER = "nowpayments";

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Mono<PaymentCreation> createPayment(NewPayment payment) {
    return Mono.error(notConfigured());
  }

  @Override
  public Mono<GatewayPayment> paymentStatus(String providerPaymentId) {
    return Mono.error(notConfigured());
  }

  @Override
  public Mono<MinimumCheck> checkMinimum(Money price, String payCurrency) {
    return Mono.error(notConfigured());
  }

  @Override
  public WebhookVerification verify(IncomingWebhook webhook) {
    return new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE);
  }

  private static PaymentGatewayMisconfiguredException notConfigured() {
    return new PaymentGatewayMisconfiguredException(
        PROVIDER, "NOT_CONFIGURED", "app.payments.nowpayments.api-key is not set");
  }
}
