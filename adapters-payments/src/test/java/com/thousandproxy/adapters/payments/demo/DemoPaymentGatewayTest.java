package com.thousandproxy.adapters.payments.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsIpnVerifier;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.WebhookRejection;
import com.thousandproxy.application.payment.WebhookVerification;
import com.thousandproxy.domain.money.Money;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoPaymentGatewayTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  private final DemoPaymentGateway demo =
      new DemoPaymentGateway(Clock.fixed(NOW, ZoneOffset.UTC), "demo-ipn-secret");

  @Test
  void aDemoPaymentWaitsAtAFakeAddressAndIsLabelledDemo() {
    GatewayPayment payment = create("4.99");

    assertThat(demo.provider()).isEqualTo("demo");
    assertThat(payment.provider()).isEqualTo("demo");
    assertThat(payment.status()).isEqualTo(GatewayPaymentStatus.WAITING);
    assertThat(payment.instructions().address()).startsWith("DEMO-BTC-");
    assertThat(payment.instructions().amount().toPlainString()).isEqualTo("0.0000499");
    assertThat(demo.paymentStatus(payment.providerPaymentId()).block()).isEqualTo(payment);
  }

  @Test
  void aSimulatedIpnPassesTheRealNowPaymentsVerificationPath() {
    GatewayPayment payment = create("4.99");

    DemoIpn ipn = demo.simulate(payment.providerPaymentId(), GatewayPaymentStatus.FINISHED);
    WebhookVerification verification = demo.webhookVerifier().verify(ipn.toWebhook());

    PaymentEvent event = ((WebhookVerification.Verified) verification).event();
    assertThat(event.provider()).isEqualTo("demo");
    assertThat(event.providerPaymentId()).isEqualTo(payment.providerPaymentId());
    assertThat(event.reference()).isEqualTo("pay-7");
    assertThat(event.status()).isEqualTo(GatewayPaymentStatus.FINISHED);
    assertThat(event.amounts().actuallyPaid()).isEqualByComparingTo("0.0000499");
    assertThat(ipn.body()).contains("\"actually_paid\":0.0000499", "\"payment_id\":9");
  }

  @Test
  void aSimulatedStatusIsWhatPollingThenSees() {
    GatewayPayment payment = create("10.00");

    demo.simulate(payment.providerPaymentId(), GatewayPaymentStatus.PARTIALLY_PAID);

    GatewayPayment polled = demo.paymentStatus(payment.providerPaymentId()).block();
    assertThat(polled.status()).isEqualTo(GatewayPaymentStatus.PARTIALLY_PAID);
    assertThat(polled.amounts().actuallyPaidAtFiat()).isEqualByComparingTo("5.00");
  }

  @Test
  void aDemoIpnIsNotAcceptedUnderAnotherSecret() {
    GatewayPayment payment = create("4.99");
    DemoIpn ipn = demo.simulate(payment.providerPaymentId(), GatewayPaymentStatus.FINISHED);

    assertThat(new NowPaymentsIpnVerifier("the-real-secret").verify(ipn.toWebhook()))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE));
  }

  @Test
  void aPriceBelowTheDemoMinimumIsBelowMinimum() {
    assertThat(demo.checkMinimum(Money.of("0.50", "USD"), "btc").block())
        .isInstanceOf(MinimumCheck.BelowMinimum.class);
    assertThat(demo.createPayment(aPayment("0.50")).block())
        .isInstanceOf(PaymentCreation.BelowMinimum.class);
  }

  @Test
  void simulatingAPaymentTheDemoNeverCreatedIsAnError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> demo.simulate("123", GatewayPaymentStatus.FINISHED));
    assertThat(demo.paymentStatus("123").blockOptional()).isEmpty();
  }

  private GatewayPayment create(String price) {
    return ((PaymentCreation.Created) demo.createPayment(aPayment(price)).block()).payment();
  }

  private static NewPayment aPayment(String price) {
    return new NewPayment(
        "pay-7",
        Money.of(price, "USD"),
        "btc",
        URI.create("http://localhost:8080/api/v1/payments/webhooks/nowpayments"),
        "DEMO order");
  }
}
