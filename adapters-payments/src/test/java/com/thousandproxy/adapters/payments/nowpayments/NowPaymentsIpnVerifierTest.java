package com.thousandproxy.adapters.payments.nowpayments;

import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.CANONICAL_BODY;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.PRETTY_BODY;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.SECRET;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.SIGNATURE;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.SMALL_CANONICAL_BODY;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.SMALL_RAW_BODY;
import static com.thousandproxy.adapters.payments.nowpayments.IpnVectors.SMALL_SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.payments.json.JsonReader;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.PaymentEvent;
import com.thousandproxy.application.payment.WebhookRejection;
import com.thousandproxy.application.payment.WebhookVerification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NowPaymentsIpnVerifierTest {

  private final NowPaymentsIpnVerifier verifier = new NowPaymentsIpnVerifier(SECRET);

  @Test
  void theFirstVectorVerifiesWhenItArrivesPrettyPrintedAndUnsorted() {
    assertThat(verify(PRETTY_BODY, SIGNATURE)).isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void theFirstVectorVerifiesWhenItArrivesCanonical() {
    assertThat(CANONICAL_BODY).hasSize(608);
    assertThat(CANONICAL_BODY.getBytes(StandardCharsets.UTF_8)).hasSize(618);
    assertThat(verify(CANONICAL_BODY, SIGNATURE)).isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void theCanonicalTextOfThePrettyBodyIsExactlyTheDocumentedSignedString() {
    String canonical =
        com.thousandproxy.adapters.payments.json.JsJson.canonical(
            JsonReader.parse(PRETTY_BODY.getBytes(StandardCharsets.UTF_8)));

    assertThat(canonical).isEqualTo(CANONICAL_BODY);
  }

  @Test
  void theSecondVectorVerifiesRawAndCanonical() {
    assertThat(verify(SMALL_RAW_BODY, SMALL_SIGNATURE))
        .isInstanceOf(WebhookVerification.Verified.class);
    assertThat(verify(SMALL_CANONICAL_BODY, SMALL_SIGNATURE))
        .isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void anUpperCaseSignatureIsAcceptedBecauseHexIsCaseInsensitive() {
    assertThat(verify(PRETTY_BODY, SIGNATURE.toUpperCase(Locale.ROOT)))
        .isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void theConfiguredSecretIsTrimmedLikeTheOfficialSdkDoes() {
    NowPaymentsIpnVerifier padded = new NowPaymentsIpnVerifier("  " + SECRET + "\n");

    assertThat(padded.verify(webhook(PRETTY_BODY, SIGNATURE)))
        .isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void theVerifiedEventCarriesTheExactAmountsFromTheNumberText() {
    PaymentEvent event = ((WebhookVerification.Verified) verify(PRETTY_BODY, SIGNATURE)).event();

    assertThat(event.provider()).isEqualTo("nowpayments");
    assertThat(event.providerPaymentId()).isEqualTo("5077125051");
    assertThat(event.reference()).isEqualTo("sub-2f9c1e7a");
    assertThat(event.status()).isEqualTo(GatewayPaymentStatus.FINISHED);
    assertThat(event.amounts().actuallyPaid().toPlainString()).isEqualTo("0.00005144");
    assertThat(event.amounts().payAmount().toPlainString()).isEqualTo("0.00005144");
    assertThat(event.amounts().outcomeAmount().toPlainString()).isEqualTo("0.00005097");
    assertThat(event.amounts().actuallyPaidAtFiat().toPlainString()).isEqualTo("4.98968");
    assertThat(event.amounts().priceAmount().toPlainString()).isEqualTo("4.99");
    assertThat(event.amounts().priceCurrency()).isEqualTo("usd");
    assertThat(event.parentPaymentId()).isNull();
    assertThat(event.updatedAt()).isEqualTo(Instant.ofEpochMilli(1765249461097L));
    assertThat(event.eventKey()).isEqualTo("5077125051:finished:1765249461097");
  }

  @Test
  void aCanonicalTextPrintedWithJavaDoubleDoesNotMatchTheGenuineSignature() {
    String javaDoubles = JavaRenderings.withDoubleToString(CANONICAL_BODY);

    assertThat(javaDoubles)
        .contains("5.144E-5", "2.1E-7", "1.765249461097E12", "\"withdrawalFee\":0.0}");
    assertThat(NowPaymentsSignature.hmacHex(SECRET, javaDoubles)).isNotEqualTo(SIGNATURE);
    assertThat(NowPaymentsSignature.hmacHex(SECRET, CANONICAL_BODY)).isEqualTo(SIGNATURE);
  }

  @Test
  void canonicalTextsPrintedWithJavaBigDecimalDoNotMatchTheGenuineSignature() {
    String scientific = JavaRenderings.withBigDecimalToString(CANONICAL_BODY);
    String plain = JavaRenderings.withBigDecimalToPlainString(CANONICAL_BODY);

    assertThat(scientific).contains("\"depositFee\":2.1E-7");
    assertThat(plain).contains("\"depositFee\":0.00000021");
    assertThat(NowPaymentsSignature.hmacHex(SECRET, scientific)).isNotEqualTo(SIGNATURE);
    assertThat(NowPaymentsSignature.hmacHex(SECRET, plain)).isNotEqualTo(SIGNATURE);
    assertThat(
            NowPaymentsSignature.hmacHex(
                SECRET, JavaRenderings.withDoubleToString(SMALL_CANONICAL_BODY)))
        .isNotEqualTo(SMALL_SIGNATURE);
  }

  @Test
  void aForgedAmountWithTheGenuineSignatureIsRejected() {
    String forged =
        PRETTY_BODY.replace("\"actually_paid\": 0.00005144", "\"actually_paid\": 0.0005144");

    assertThat(forged).isNotEqualTo(PRETTY_BODY);
    assertThat(verify(forged, SIGNATURE))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE));
  }

  @Test
  void anUnsignedBodyIsRejected() {
    assertThat(verifier.verify(IncomingWebhook.of(PRETTY_BODY, Map.of())))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.MISSING_SIGNATURE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fbce6794", "not-a-signature", "sha512=fbce6794cf156c57"})
  void aSignatureThatIsNotOneIsRejected(String header) {
    assertThat(verify(PRETTY_BODY, header))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE));
  }

  @Test
  void aBodySignedWithAnotherSecretIsRejected() {
    String otherSignature =
        NowPaymentsSignature.sign("other-secret", JsonReader.parse(bytes(PRETTY_BODY)));

    assertThat(verify(PRETTY_BODY, otherSignature))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.BAD_SIGNATURE));
  }

  @Test
  void aBodyThatIsNotJsonIsRejected() {
    assertThat(verify("payment_id=1&payment_status=finished", SIGNATURE))
        .isEqualTo(new WebhookVerification.Rejected(WebhookRejection.MALFORMED_BODY));
  }

  @Test
  void aRepeatedDepositIsVerifiedAndMarkedWithItsParent() {
    String body =
        "{\"payment_id\":5077125099,\"parent_payment_id\":5077125051,\"order_id\":null,"
            + "\"payment_status\":\"finished\",\"actually_paid\":0.0001,\"pay_currency\":\"btc\","
            + "\"updated_at\":1765249999999}";

    PaymentEvent event = ((WebhookVerification.Verified) verify(body, sign(body))).event();

    assertThat(event.isRepeatedDeposit()).isTrue();
    assertThat(event.parentPaymentId()).isEqualTo("5077125051");
    assertThat(event.reference()).isNull();
  }

  @Test
  void aSignedNotificationThatIsNotAboutAPaymentIsIgnored() {
    String payout = "{\"id\":\"5000000713\",\"status\":\"FINISHED\",\"amount\":\"0.5\"}";

    assertThat(verify(payout, sign(payout))).isInstanceOf(WebhookVerification.Ignored.class);
  }

  @Test
  void theOlderDocsVariantThatSignsArraysAsIndexedObjectsIsAlsoAccepted() {
    String body =
        "{\"payment_id\":1,\"payment_status\":\"waiting\",\"payment_extra_ids\":[\"2918473650\"]}";
    String olderForm =
        "{\"payment_extra_ids\":{\"0\":\"2918473650\"},\"payment_id\":1,\"payment_status\":\"waiting\"}";

    assertThat(verify(body, NowPaymentsSignature.hmacHex(SECRET, olderForm)))
        .isInstanceOf(WebhookVerification.Verified.class);
    assertThat(verify(body, sign(body))).isInstanceOf(WebhookVerification.Verified.class);
  }

  @Test
  void noLogLineShowsTheSecretOrAFullSignature() {
    try (PaymentsLog log = new PaymentsLog()) {
      verify(PRETTY_BODY, SIGNATURE);
      verify(PRETTY_BODY.replace("4.99", "0.01"), SIGNATURE);
      verifier.verify(IncomingWebhook.of(PRETTY_BODY, Map.of()));

      assertThat(log.lines()).hasSize(3);
      assertThat(String.join("\n", log.lines()))
          .doesNotContain(SECRET)
          .doesNotContain(SIGNATURE.substring(0, 16))
          .contains("BAD_SIGNATURE", "MISSING_SIGNATURE", "5077125051");
    }
  }

  private WebhookVerification verify(String body, String signature) {
    return verifier.verify(webhook(body, signature));
  }

  private static IncomingWebhook webhook(String body, String signature) {
    return IncomingWebhook.of(body, Map.of("x-nowpayments-sig", signature));
  }

  private static String sign(String body) {
    return NowPaymentsSignature.sign(SECRET, JsonReader.parse(bytes(body)));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
