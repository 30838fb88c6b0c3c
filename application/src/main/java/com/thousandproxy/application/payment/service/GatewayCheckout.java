package com.thousandproxy.application.payment.service;

import com.thousandproxy.application.payment.MinimumAmount;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.application.payment.PaymentBelowMinimumException;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.PaymentRefusedException;
import com.thousandproxy.application.payment.PaymentSettings;
import com.thousandproxy.application.payment.port.out.PaymentGateway;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.domain.money.Money;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Opens a stored payment at the gateway, shared by orders and top-ups: checks the coin's minimum
 * first, then creates the payment with our id as the reference and our webhook as callback.
 */
public final class GatewayCheckout {

  private final PaymentGateway gateway;
  private final PaymentRepository payments;
  private final PaymentSettings settings;
  private final Clock clock;

  public GatewayCheckout(
      PaymentGateway gateway, PaymentRepository payments, PaymentSettings settings, Clock clock) {
    this.gateway = gateway;
    this.payments = payments;
    this.settings = settings;
    this.clock = clock;
  }

  public String provider() {
    return gateway.provider();
  }

  /** The coin asked for, or the configured default. */
  public String coin(String requested) {
    return requested == null || requested.isBlank()
        ? settings.defaultPayCurrency()
        : requested.strip().toLowerCase(Locale.ROOT);
  }

  /** Refuses a price below the gateway's minimum for the coin, before anything is stored. */
  public Mono<Void> requireMinimum(Money price, String coin) {
    return gateway
        .checkMinimum(price, coin)
        .flatMap(
            check ->
                check instanceof MinimumCheck.BelowMinimum below
                    ? Mono.error(
                        new PaymentBelowMinimumException(
                            Optional.of(below.minimum().minimumPrice()), coin))
                    : Mono.empty());
  }

  /** Creates the payment at the gateway and returns it as stored afterwards. */
  public Mono<Payment> open(Payment payment, String coin, String description) {
    NewPayment request =
        new NewPayment(
            payment.reference(), payment.amount(), coin, settings.ipnCallbackUrl(), description);
    return gateway
        .createPayment(request)
        .flatMap(
            creation -> {
              if (creation instanceof PaymentCreation.Created created) {
                return payments
                    .attachGateway(payment.id(), created.payment(), clock.instant())
                    .then(Mono.defer(() -> payments.find(payment.id())));
              }
              if (creation instanceof PaymentCreation.BelowMinimum below) {
                return Mono.error(
                    new PaymentBelowMinimumException(
                        below.minimum().map(MinimumAmount::minimumPrice), coin));
              }
              PaymentCreation.Refused refused = (PaymentCreation.Refused) creation;
              return Mono.error(new PaymentRefusedException(refused.code(), refused.message()));
            });
  }
}
