package com.thousandproxy.adapters.payments.demo;

import com.thousandproxy.adapters.payments.json.JsJson;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsIpnVerifier;
import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsSignature;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.MinimumAmount;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PayInstructions;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.application.payment.port.out.PaymentWebhookVerifier;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * DEMO ONLY, for the embedded demo profile: a {@link PaymentGateway} named {@code "demo"} that
 * keeps fake payments in memory (fake addresses, made-up rates, minimum 1.00 of the price currency)
 * and can {@link #simulate simulate} the provider by producing correctly signed NowPayments-format
 * IPNs, so the demo exercises the real webhook path. No money moves.
 */
public final class DemoPaymentGateway implements PaymentGateway {

  public static final String PROVIDER = "demo";

  private static final Logger LOG = LoggerFactory.getLogger("payments");
  private static final BigDecimal MINIMUM_FIAT = BigDecimal.ONE;
  private static final Map<String, BigDecimal> FIAT_PER_COIN =
      Map.of(
          "btc",
          new BigDecimal("100000"),
          "eth",
          new BigDecimal("4000"),
          "ltc",
          new BigDecimal("100"));
  private static final Duration PAYMENT_WINDOW = Duration.ofMinutes(20);

  private final Clock clock;
  private final String ipnSecret;
  private final Map<String, GatewayPayment> payments = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(9_000_000_000L);

  /**
   * @param ipnSecret the demo's own IPN secret (give the same to {@link #webhookVerifier()})
   */
  public DemoPaymentGateway(Clock clock, String ipnSecret) {
    this.clock = clock;
    this.ipnSecret = ipnSecret;
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Mono<PaymentCreation> createPayment(NewPayment request) {
    MinimumAmount minimum = minimum(request.price(), request.payCurrency());
    if (!minimum.isReachedBy(request.price())) {
      LOG.info("DEMO payment for order_id={} below the demo minimum", request.reference());
      return Mono.just(new PaymentCreation.BelowMinimum(Optional.of(minimum)));
    }
    String id = Long.toString(ids.incrementAndGet());
    Instant now = clock.instant();
    String coin = request.payCurrency();
    BigDecimal payAmount = toCoin(request.price().amount(), coin);
    String fiat = request.price().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    PaymentAmounts amounts =
        new PaymentAmounts(request.price().amount(), fiat, payAmount, coin, null, null, null, coin);
    String address = "DEMO-" + coin.toUpperCase(Locale.ROOT) + "-ADDRESS-" + id;
    PayInstructions instructions =
        new PayInstructions(address, payAmount, coin, null, null, now.plus(PAYMENT_WINDOW));
    GatewayPayment payment =
        new GatewayPayment(
            PROVIDER,
            id,
            request.reference(),
            GatewayPaymentStatus.WAITING,
            amounts,
            instructions,
            null,
            now,
            now);
    payments.put(id, payment);
    LOG.info(
        "DEMO payment {} created for order_id={}: {} {}", id, request.reference(), payAmount, coin);
    return Mono.just(new PaymentCreation.Created(payment));
  }

  @Override
  public Mono<GatewayPayment> paymentStatus(String providerPaymentId) {
    return Mono.justOrEmpty(payments.get(providerPaymentId));
  }

  @Override
  public Mono<MinimumCheck> checkMinimum(Money price, String payCurrency) {
    MinimumAmount minimum = minimum(price, payCurrency.trim().toLowerCase(Locale.ROOT));
    return Mono.just(
        minimum.isReachedBy(price)
            ? new MinimumCheck.Sufficient(minimum)
            : new MinimumCheck.BelowMinimum(minimum));
  }

  /**
   * Moves a demo payment to {@code status} (paying it in full for {@code finished}, half for {@code
   * partially_paid}) and returns the signed IPN NowPayments would send for it.
   *
   * @throws IllegalArgumentException for an id this demo never created
   */
  public DemoIpn simulate(String providerPaymentId, GatewayPaymentStatus status) {
    GatewayPayment updated =
        payments.computeIfPresent(providerPaymentId, (id, payment) -> moved(payment, status));
    if (updated == null) {
      throw new IllegalArgumentException("no DEMO payment " + providerPaymentId);
    }
    JsonObject body = DemoIpnBody.of(updated);
    LOG.info("DEMO IPN for payment {}: {}", providerPaymentId, status);
    return new DemoIpn(JsJson.compact(body), NowPaymentsSignature.sign(ipnSecret, body));
  }

  /**
   * The verifier for this demo's IPNs: NowPayments' own, with the demo secret, events named demo.
   */
  public PaymentWebhookVerifier webhookVerifier() {
    return new NowPaymentsIpnVerifier(ipnSecret, PROVIDER);
  }

  private GatewayPayment moved(GatewayPayment payment, GatewayPaymentStatus status) {
    PaymentAmounts was = payment.amounts();
    BigDecimal share =
        switch (status) {
          case FINISHED, CONFIRMING, CONFIRMED, SENDING -> BigDecimal.ONE;
          case PARTIALLY_PAID -> new BigDecimal("0.5");
          default -> BigDecimal.ZERO;
        };
    BigDecimal paid = was.payAmount().multiply(share).setScale(8, RoundingMode.DOWN);
    BigDecimal paidAtFiat = was.priceAmount().multiply(share).setScale(2, RoundingMode.DOWN);
    PaymentAmounts amounts =
        new PaymentAmounts(
            was.priceAmount(),
            was.priceCurrency(),
            was.payAmount(),
            was.payCurrency(),
            paid,
            paidAtFiat,
            paid,
            was.outcomeCurrency());
    return new GatewayPayment(
        PROVIDER,
        payment.providerPaymentId(),
        payment.reference(),
        status,
        amounts,
        payment.instructions(),
        null,
        payment.createdAt(),
        clock.instant());
  }

  private MinimumAmount minimum(Money price, String coin) {
    return new MinimumAmount(coin, toCoin(MINIMUM_FIAT, coin), price.currency(), MINIMUM_FIAT);
  }

  private static BigDecimal toCoin(BigDecimal fiat, String coin) {
    BigDecimal rate = FIAT_PER_COIN.getOrDefault(coin, BigDecimal.ONE);
    return fiat.divide(rate, 8, RoundingMode.UP).stripTrailingZeros();
  }
}
