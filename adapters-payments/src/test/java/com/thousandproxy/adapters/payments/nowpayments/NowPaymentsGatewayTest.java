package com.thousandproxy.adapters.payments.nowpayments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.domain.money.Money;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The NowPayments contract as payments.md documents it, against WireMock. */
@WireMockTest
class NowPaymentsGatewayTest {

  static final String CALLBACK = "https://shop.example/api/v1/payments/webhooks/nowpayments";

  private NowPaymentsGateway gateway;

  @BeforeEach
  void gatewayAgainstWireMock(WireMockRuntimeInfo wireMock) {
    gateway = GatewayTestSettings.gateway(GatewayTestSettings.forWireMock(wireMock));
  }

  @Test
  void creatingAPaymentPostsTheDocumentedFieldsWithTheApiKey() {
    stubFor(post("/v1/payment").willReturn(json(201, NowPaymentsAnswers.CREATED)));

    PaymentCreation creation = gateway.createPayment(aPayment("4.99")).block();

    verify(
        postRequestedFor(urlEqualTo("/v1/payment"))
            .withHeader("x-api-key", equalTo(GatewayTestSettings.API_KEY))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(containing("\"price_amount\":4.99,"))
            .withRequestBody(
                equalToJson(
                    "{\"price_amount\":4.99,\"price_currency\":\"usd\",\"pay_currency\":\"btc\","
                        + "\"ipn_callback_url\":\""
                        + CALLBACK
                        + "\",\"order_id\":\"pay-42\",\"order_description\":\"Proxy 30 days\"}")));
    GatewayPayment payment = ((PaymentCreation.Created) creation).payment();
    assertThat(payment.providerPaymentId()).isEqualTo("5745459419");
    assertThat(payment.status()).isEqualTo(GatewayPaymentStatus.WAITING);
    assertThat(payment.reference()).isEqualTo("pay-42");
    assertThat(payment.instructions().address())
        .isEqualTo("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh");
    assertThat(payment.instructions().amount().toPlainString()).isEqualTo("0.00005144");
    assertThat(payment.instructions().currency()).isEqualTo("btc");
    assertThat(payment.instructions().extraId()).isNull();
    assertThat(payment.instructions().expiresAt())
        .isEqualTo(Instant.parse("2025-08-14T10:35:30.123Z"));
    assertThat(payment.createdAt()).isEqualTo(Instant.parse("2025-08-14T10:15:30.123Z"));
  }

  @Test
  void thePaymentStatusIsReadWithItsNumericIdAndExactAmounts() {
    stubFor(get("/v1/payment/5745459419").willReturn(json(200, NowPaymentsAnswers.STATUS)));

    GatewayPayment payment = gateway.paymentStatus("5745459419").block();

    verify(
        getRequestedFor(urlEqualTo("/v1/payment/5745459419"))
            .withHeader("x-api-key", equalTo(GatewayTestSettings.API_KEY)));
    assertThat(payment.providerPaymentId()).isEqualTo("5745459419");
    assertThat(payment.status()).isEqualTo(GatewayPaymentStatus.PARTIALLY_PAID);
    assertThat(payment.amounts().actuallyPaid().toPlainString())
        .isEqualTo("0.000051440000000000000001");
    assertThat(payment.amounts().outcomeAmount().toPlainString())
        .isEqualTo("123456789.123456789123456789");
    assertThat(payment.amounts().priceAmount().toPlainString()).isEqualTo("4.99");
    assertThat(payment.instructions().extraId()).isEqualTo("2918473650");
    assertThat(payment.updatedAt()).isEqualTo(Instant.parse("2025-08-14T10:40:00Z"));
    assertThat(payment.isRepeatedDeposit()).isFalse();
  }

  @Test
  void anUnknownPaymentIsEmpty() {
    stubFor(get("/v1/payment/1").willReturn(json(404, NowPaymentsAnswers.NOT_FOUND)));

    assertThat(gateway.paymentStatus("1").blockOptional()).isEmpty();
  }

  @Test
  void aPriceBelowTheCoinsMinimumIsBelowMinimum() {
    stubMinimum();

    MinimumCheck check = gateway.checkMinimum(Money.of("4.99", "USD"), "BTC").block();

    assertThat(check).isInstanceOf(MinimumCheck.BelowMinimum.class);
    assertThat(check.minimum().minimumPrice()).isEqualTo(Money.of("5.41", "USD"));
    assertThat(check.minimum().payAmount().toPlainString()).isEqualTo("0.0000549");
    verify(
        getRequestedFor(urlPathEqualTo("/v1/min-amount"))
            .withQueryParam("currency_from", equalTo("btc"))
            .withQueryParam("currency_to", equalTo("btc"))
            .withQueryParam("fiat_equivalent", equalTo("usd")));
  }

  @Test
  void aPriceAtTheMinimumIsSufficient() {
    stubMinimum();

    assertThat(gateway.checkMinimum(Money.of("5.41", "USD"), "btc").block())
        .isInstanceOf(MinimumCheck.Sufficient.class);
  }

  @Test
  void aCreateRefusedAsBelowTheMinimumIsBelowMinimumWithTheCurrentMinimum() {
    stubFor(post("/v1/payment").willReturn(json(400, NowPaymentsAnswers.AMOUNT_MINIMAL)));
    stubMinimum();

    PaymentCreation creation = gateway.createPayment(aPayment("4.99")).block();

    assertThat(creation).isInstanceOf(PaymentCreation.BelowMinimum.class);
    assertThat(((PaymentCreation.BelowMinimum) creation).minimum())
        .hasValueSatisfying(m -> assertThat(m.minimumPrice()).isEqualTo(Money.of("5.41", "USD")));
  }

  @Test
  void aCreateWithInvalidParametersIsRefusedWithTheProvidersCode() {
    stubFor(post("/v1/payment").willReturn(json(400, NowPaymentsAnswers.INVALID_PARAMS)));

    assertThat(gateway.createPayment(aPayment("4.99")).block())
        .isEqualTo(
            new PaymentCreation.Refused("INVALID_REQUEST_PARAMS", "pay_currency is not valid"));
  }

  static NewPayment aPayment(String price) {
    return new NewPayment(
        "pay-42", Money.of(price, "USD"), "btc", URI.create(CALLBACK), "Proxy 30 days");
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(
      int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }

  private static void stubMinimum() {
    stubFor(
        get(urlPathEqualTo("/v1/min-amount")).willReturn(json(200, NowPaymentsAnswers.MINIMUM)));
  }
}
