package com.thousandproxy.application.payment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.PaymentEventOutcome;
import com.thousandproxy.application.payment.WebhookRejectedException;
import com.thousandproxy.application.payment.WebhookRejection;
import com.thousandproxy.application.payment.WebhookVerification;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ReceivePaymentWebhookServiceTest {

  private final Shop shop = new Shop();

  @Test
  void aWebhookThatIsNotGenuineIsRejectedAuditedAndChangesNothing() {
    var service = service(new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE));

    StepVerifier.create(service.receive(IncomingWebhook.of("{}", Map.of()), "203.0.113.9"))
        .expectError(WebhookRejectedException.class)
        .verify();

    assertThat(shop.audit.events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.action()).isEqualTo("payment.webhook_rejected");
              assertThat(event.ipAddress()).isEqualTo("203.0.113.9");
              assertThat(event.details()).containsEntry("reason", "BAD_SIGNATURE");
            });
    assertThat(shop.inbox.outcomes).isEmpty();
  }

  @Test
  void aGenuineNotificationThatIsNotAboutAPaymentIsAcknowledged() {
    var service = service(new WebhookVerification.Ignored("payout"));

    assertThat(service.receive(IncomingWebhook.of("{}", Map.of()), "203.0.113.9").block())
        .isEqualTo(PaymentEventOutcome.IGNORED);
  }

  private ReceivePaymentWebhookService service(WebhookVerification answer) {
    PaymentWebhookVerifier verifier =
        new PaymentWebhookVerifier() {
          @Override
          public String provider() {
            return "nowpayments";
          }

          @Override
          public WebhookVerification verify(IncomingWebhook webhook) {
            return answer;
          }
        };
    return new ReceivePaymentWebhookService(verifier, shop.processor, shop.audit, shop.clock);
  }
}
