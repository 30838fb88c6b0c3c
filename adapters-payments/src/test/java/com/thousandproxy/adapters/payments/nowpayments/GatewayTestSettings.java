package com.thousandproxy.adapters.payments.nowpayments;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.net.URI;
import java.time.Duration;
import org.springframework.web.reactive.function.client.WebClient;

/** Settings for gateway tests: fast timeouts and retries, a small breaker window. */
final class GatewayTestSettings {

  static final String API_KEY = "test-api-key-3b9e";

  private GatewayTestSettings() {}

  static NowPaymentsSettings forWireMock(WireMockRuntimeInfo wireMock) {
    return with(wireMock, Duration.ofSeconds(5), 3, 10);
  }

  /** The base URL is given with {@code /v1}, as operators copy it from the docs. */
  static NowPaymentsSettings with(
      WireMockRuntimeInfo wireMock, Duration callTimeout, int readAttempts, int breakerWindow) {
    return new NowPaymentsSettings(
        URI.create(wireMock.getHttpBaseUrl() + "/v1/"),
        API_KEY,
        "test-ipn-secret",
        null,
        false,
        false,
        callTimeout,
        readAttempts,
        Duration.ofMillis(20),
        breakerWindow,
        50,
        Duration.ofMinutes(1));
  }

  static NowPaymentsGateway gateway(NowPaymentsSettings settings) {
    return new NowPaymentsGateway(settings, WebClient.builder());
  }
}
