package com.thousandproxy.adapters.payments.nowpayments;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static com.thousandproxy.adapters.payments.nowpayments.NowPaymentsGatewayTest.aPayment;
import static com.thousandproxy.adapters.payments.nowpayments.NowPaymentsGatewayTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.PaymentGatewayMisconfiguredException;
import com.thousandproxy.application.payment.PaymentGatewayUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Outages and misconfiguration: typed errors, retries for reads only, the circuit breaker. */
@WireMockTest
class NowPaymentsGatewayFailureTest {

  @Test
  void anInvalidApiKeyIsAConfigurationErrorAndIsNotRetried(WireMockRuntimeInfo wireMock) {
    stubFor(get("/v1/payment/7").willReturn(json(403, NowPaymentsAnswers.INVALID_API_KEY)));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    assertThatThrownBy(() -> gateway.paymentStatus("7").block())
        .isInstanceOfSatisfying(
            PaymentGatewayMisconfiguredException.class,
            e -> assertThat(e.code()).isEqualTo("INVALID_API_KEY"));
    verify(1, getRequestedFor(urlEqualTo("/v1/payment/7")));
  }

  @Test
  void theRateLimitersHtmlPageIsAnOutageAndACreateIsNotRepeated(WireMockRuntimeInfo wireMock) {
    stubFor(
        post("/v1/payment")
            .willReturn(
                json(429, NowPaymentsAnswers.RATE_LIMITED_HTML)
                    .withHeader("Content-Type", "text/html")));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    PaymentGatewayUnavailableException failure = createFailsUnavailable(gateway);
    assertThat(failure.getMessage()).contains("429");
    assertThat(failure.mayHaveReachedProvider()).isFalse();
    verify(1, postRequestedFor(urlEqualTo("/v1/payment")));
  }

  @Test
  void aServerErrorOnCreateIsNeverRetriedAndMayHaveOpenedAPayment(WireMockRuntimeInfo wireMock) {
    stubFor(post("/v1/payment").willReturn(json(500, NowPaymentsAnswers.SERVER_ERROR)));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    assertThat(createFailsUnavailable(gateway).mayHaveReachedProvider()).isTrue();
    verify(1, postRequestedFor(urlEqualTo("/v1/payment")));
  }

  @Test
  void aServerErrorOnAReadIsRetriedUntilItSucceeds(WireMockRuntimeInfo wireMock) {
    stubFor(
        get("/v1/payment/5745459419")
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(json(500, NowPaymentsAnswers.SERVER_ERROR))
            .willSetStateTo("recovered"));
    stubFor(
        get("/v1/payment/5745459419")
            .inScenario("flaky")
            .whenScenarioStateIs("recovered")
            .willReturn(json(200, NowPaymentsAnswers.STATUS)));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    assertThat(gateway.paymentStatus("5745459419").block().status())
        .isEqualTo(GatewayPaymentStatus.PARTIALLY_PAID);
    verify(2, getRequestedFor(urlEqualTo("/v1/payment/5745459419")));
  }

  @Test
  void aReadThatKeepsFailingGivesUpAfterTheConfiguredAttempts(WireMockRuntimeInfo wireMock) {
    stubFor(get("/v1/payment/7").willReturn(json(502, "<html>Bad gateway</html>")));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    assertThatThrownBy(() -> gateway.paymentStatus("7").block())
        .isInstanceOf(PaymentGatewayUnavailableException.class)
        .hasMessageContaining("502");
    verify(3, getRequestedFor(urlEqualTo("/v1/payment/7")));
  }

  @Test
  void aSlowAnswerTimesOutAndACreateThatTimedOutMayExist(WireMockRuntimeInfo wireMock) {
    stubFor(
        post("/v1/payment")
            .willReturn(json(201, NowPaymentsAnswers.CREATED).withFixedDelay(1_500)));
    NowPaymentsGateway gateway =
        GatewayTestSettings.gateway(
            GatewayTestSettings.with(wireMock, Duration.ofMillis(200), 1, 10));

    assertThat(createFailsUnavailable(gateway).mayHaveReachedProvider()).isTrue();
    verify(1, postRequestedFor(urlEqualTo("/v1/payment")));
  }

  @Test
  void aSlowReadTimesOut(WireMockRuntimeInfo wireMock) {
    stubFor(
        get("/v1/payment/7")
            .willReturn(json(200, NowPaymentsAnswers.STATUS).withFixedDelay(1_500)));
    NowPaymentsGateway gateway =
        GatewayTestSettings.gateway(
            GatewayTestSettings.with(wireMock, Duration.ofMillis(200), 1, 10));

    assertThatThrownBy(() -> gateway.paymentStatus("7").block())
        .isInstanceOf(PaymentGatewayUnavailableException.class);
  }

  @Test
  void repeatedOutagesOpenTheCircuitAndLaterCallsDoNotReachNowPayments(
      WireMockRuntimeInfo wireMock) {
    stubFor(get("/v1/payment/7").willReturn(json(500, NowPaymentsAnswers.SERVER_ERROR)));
    NowPaymentsGateway gateway =
        GatewayTestSettings.gateway(
            GatewayTestSettings.with(wireMock, Duration.ofSeconds(5), 1, 4));

    for (int call = 0; call < 4; call++) {
      assertThatThrownBy(() -> gateway.paymentStatus("7").block())
          .isInstanceOf(PaymentGatewayUnavailableException.class);
    }
    PaymentGatewayUnavailableException failure = createFailsUnavailable(gateway);
    assertThat(failure.getMessage()).contains("circuit open");
    assertThat(failure.mayHaveReachedProvider()).isFalse();
    verify(4, getRequestedFor(urlEqualTo("/v1/payment/7")));
    verify(0, postRequestedFor(urlEqualTo("/v1/payment")));
  }

  @Test
  void theApiKeyNeverAppearsInTheLog(WireMockRuntimeInfo wireMock) {
    stubFor(get("/v1/payment/7").willReturn(json(403, NowPaymentsAnswers.INVALID_API_KEY)));
    NowPaymentsGateway gateway = defaultGateway(wireMock);

    try (PaymentsLog log = new PaymentsLog()) {
      assertThatThrownBy(() -> gateway.paymentStatus("7").block())
          .isInstanceOf(PaymentGatewayMisconfiguredException.class);

      assertThat(log.lines()).hasSize(1);
      assertThat(log.lines().get(0))
          .contains("GET /v1/payment/7", "INVALID_API_KEY")
          .doesNotContain(GatewayTestSettings.API_KEY);
    }
  }

  private static NowPaymentsGateway defaultGateway(WireMockRuntimeInfo wireMock) {
    return GatewayTestSettings.gateway(GatewayTestSettings.forWireMock(wireMock));
  }

  private static PaymentGatewayUnavailableException createFailsUnavailable(
      NowPaymentsGateway gateway) {
    Throwable failure = catchThrowable(() -> gateway.createPayment(aPayment("4.99")).block());
    assertThat(failure).isInstanceOf(PaymentGatewayUnavailableException.class);
    return (PaymentGatewayUnavailableException) failure;
  }
}
