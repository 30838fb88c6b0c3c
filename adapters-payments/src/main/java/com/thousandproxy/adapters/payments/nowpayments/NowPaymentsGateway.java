package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsJson;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.MinimumAmount;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.PaymentGatewayException;
import com.thousandproxy.application.payment.PaymentGatewayRejectedException;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.domain.money.Money;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * {@link PaymentGateway} over the NowPayments API v1 ({@code POST /v1/payment}, {@code GET
 * /v1/payment/{id}}, {@code GET /v1/min-amount}), behind a timeout and a circuit breaker; reads are
 * retried on outages, creates never.
 */
public final class NowPaymentsGateway implements PaymentGateway {

  private static final Logger LOG = LoggerFactory.getLogger("payments");
  private static final Pattern PAYMENT_ID = Pattern.compile("\\d{1,20}");
  private static final String AMOUNT_MINIMAL_ERROR = "AMOUNT_MINIMAL_ERROR";

  private final NowPaymentsSettings settings;
  private final NowPaymentsHttp http;
  private final NowPaymentsResilience resilience;

  public NowPaymentsGateway(NowPaymentsSettings settings, WebClient.Builder webClientBuilder) {
    this.settings = settings;
    this.http = new NowPaymentsHttp(settings, webClientBuilder);
    this.resilience = new NowPaymentsResilience(settings);
  }

  @Override
  public String provider() {
    return NowPaymentsMapping.PROVIDER;
  }

  @Override
  public Mono<PaymentCreation> createPayment(NewPayment payment) {
    String body = JsJson.compact(NowPaymentsMapping.createBody(payment, settings));
    Mono<NowPaymentsReply> call =
        http.web()
            .post()
            .uri("/v1/payment")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchangeToMono(http::reply);
    return logged(
        "POST /v1/payment order_id=" + payment.reference(),
        resilience
            .create(call)
            .flatMap(reply -> creation(reply, payment))
            .onErrorMap(http.translate(true)));
  }

  @Override
  public Mono<GatewayPayment> paymentStatus(String providerPaymentId) {
    if (!PAYMENT_ID.matcher(providerPaymentId).matches()) {
      return Mono.error(new IllegalArgumentException("not a NowPayments payment id"));
    }
    Mono<NowPaymentsReply> call =
        http.web().get().uri("/v1/payment/{id}", providerPaymentId).exchangeToMono(http::reply);
    return logged(
        "GET /v1/payment/" + providerPaymentId,
        resilience.read(call).flatMap(this::payment).onErrorMap(http.translate(false)));
  }

  @Override
  public Mono<MinimumCheck> checkMinimum(Money price, String payCurrency) {
    String coin = payCurrency.trim().toLowerCase(Locale.ROOT);
    String fiat = price.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    String outcome = settings.outcomeCurrency() == null ? coin : settings.outcomeCurrency();
    Mono<NowPaymentsReply> call =
        http.web()
            .get()
            .uri(
                uri -> {
                  uri.path("/v1/min-amount")
                      .queryParam("currency_from", coin)
                      .queryParam("currency_to", outcome)
                      .queryParam("fiat_equivalent", fiat);
                  if (settings.fixedRate()) {
                    uri.queryParam("is_fixed_rate", true);
                  }
                  if (settings.feePaidByUser()) {
                    uri.queryParam("is_fee_paid_by_user", true);
                  }
                  return uri.build();
                })
            .exchangeToMono(http::reply);
    return logged(
        "GET /v1/min-amount " + coin + "/" + fiat,
        resilience
            .read(call)
            .flatMap(reply -> minimum(reply, price, coin))
            .onErrorMap(http.translate(false)));
  }

  private Mono<PaymentCreation> creation(NowPaymentsReply reply, NewPayment payment) {
    if (reply.isSuccess()) {
      return Mono.just(
          new PaymentCreation.Created(NowPaymentsMapping.payment(provider(), reply.json())));
    }
    if (AMOUNT_MINIMAL_ERROR.equals(reply.errorCode())) {
      return checkMinimum(payment.price(), payment.payCurrency())
          .<PaymentCreation>map(
              check -> new PaymentCreation.BelowMinimum(Optional.of(check.minimum())))
          .onErrorResume(
              PaymentGatewayException.class,
              unknownMinimum -> Mono.just(new PaymentCreation.BelowMinimum(Optional.empty())));
    }
    return Mono.just(new PaymentCreation.Refused(reply.errorCode(), reply.errorMessage()));
  }

  private Mono<GatewayPayment> payment(NowPaymentsReply reply) {
    if (reply.isSuccess()) {
      return Mono.just(NowPaymentsMapping.payment(provider(), reply.json()));
    }
    return reply.status() == 404 ? Mono.empty() : Mono.error(rejected(reply));
  }

  private Mono<MinimumCheck> minimum(NowPaymentsReply reply, Money price, String coin) {
    if (!reply.isSuccess()) {
      return Mono.error(rejected(reply));
    }
    JsonObject json = reply.json();
    MinimumAmount minimum =
        new MinimumAmount(
            coin,
            NowPaymentsMapping.requireDecimal(json, "min_amount"),
            price.currency(),
            NowPaymentsMapping.requireDecimal(json, "fiat_equivalent"));
    return Mono.just(
        minimum.isReachedBy(price)
            ? new MinimumCheck.Sufficient(minimum)
            : new MinimumCheck.BelowMinimum(minimum));
  }

  private PaymentGatewayRejectedException rejected(NowPaymentsReply reply) {
    return new PaymentGatewayRejectedException(
        provider(), reply.status(), reply.errorCode(), reply.errorMessage());
  }

  private static <T> Mono<T> logged(String call, Mono<T> result) {
    return Mono.defer(
        () -> {
          long start = System.nanoTime();
          return result
              .doOnSuccess(
                  value ->
                      LOG.info(
                          "nowpayments {} -> {} in {} ms",
                          call,
                          NowPaymentsMapping.describe(value),
                          (System.nanoTime() - start) / 1_000_000))
              .doOnError(
                  error ->
                      LOG.warn(
                          "nowpayments {} failed in {} ms: {}",
                          call,
                          (System.nanoTime() - start) / 1_000_000,
                          error.getMessage()));
        });
  }
}
