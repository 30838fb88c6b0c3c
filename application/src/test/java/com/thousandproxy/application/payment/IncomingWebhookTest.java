package com.thousandproxy.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncomingWebhookTest {

  @Test
  void headersAreFoundWhateverTheirCase() {
    IncomingWebhook webhook = IncomingWebhook.of("{}", Map.of("X-NowPayments-Sig", "abc"));

    assertThat(webhook.header("x-nowpayments-sig")).contains("abc");
    assertThat(webhook.header("X-NOWPAYMENTS-SIG")).contains("abc");
    assertThat(webhook.header("x-other")).isEmpty();
  }

  @Test
  void theRawBodyCannotBeChangedFromOutside() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    IncomingWebhook webhook = new IncomingWebhook(body, Map.of());

    body[0] = 'X';
    webhook.body()[1] = 'Y';

    assertThat(new String(webhook.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
  }

  @Test
  void theTextFormIsReadAsUtf8() {
    IncomingWebhook webhook = IncomingWebhook.of("{\"d\":\"Прокси\"}", Map.of());

    assertThat(webhook.body()).isEqualTo("{\"d\":\"Прокси\"}".getBytes(StandardCharsets.UTF_8));
  }
}
