package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.MinimumAmount;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PayInstructions;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/** A scriptable NowPayments: a minimum, what a create answers, and the statuses it reports. */
public final class FakeGateway implements PaymentGateway {

  public BigDecimal minimumFiat = BigDecimal.ONE;
  public Function<NewPayment, Mono<PaymentCreation>> create = this::created;
  public final Map<String, GatewayPayment> statuses = new ConcurrentHashMap<>();
  public final List<NewPayment> requests = new ArrayList<>();
  private final AtomicLong ids = new AtomicLong(5_000_000_000L);

  @Override
  public String provider() {
    return "nowpayments";
  }

  @Override
  public Mono<PaymentCreation> createPayment(NewPayment payment) {
    requests.add(payment);
    return create.apply(payment);
  }

  @Override
  public Mono<GatewayPayment> paymentStatus(String providerPaymentId) {
    return Mono.justOrEmpty(statuses.get(providerPaymentId));
  }

  @Override
  public Mono<MinimumCheck> checkMinimum(Money price, String payCurrency) {
    MinimumAmount minimum =
        new MinimumAmount(payCurrency, new BigDecimal("0.0001"), price.currency(), minimumFiat);
    return Mono.just(
        minimum.isReachedBy(price)
            ? new MinimumCheck.Sufficient(minimum)
            : new MinimumCheck.BelowMinimum(minimum));
  }

  private Mono<PaymentCreation> created(NewPayment request) {
    String id = Long.toString(ids.incrementAndGet());
    return Mono.just(
        new PaymentCreation.Created(
            payment(id, request.reference(), GatewayPaymentStatus.WAITING, request.price())));
  }

  /** A payment as the gateway would report it, priced like ours. */
  public static GatewayPayment payment(
      String id, String reference, GatewayPaymentStatus status, Money price) {
    PaymentAmounts amounts =
        new PaymentAmounts(
            price.amount(), "usd", new BigDecimal("0.0001"), "btc", null, null, null, "btc");
    return new GatewayPayment(
        "nowpayments",
        id,
        reference,
        status,
        amounts,
        new PayInstructions("bc1q" + id, new BigDecimal("0.0001"), "btc", null, null, null),
        null,
        null,
        null);
  }
}
