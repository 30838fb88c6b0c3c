package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.ordering.OrderLine;
import com.thousandproxy.application.ordering.PaymentMethod;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.service.PlaceOrderService;
import com.thousandproxy.application.payment.PartialPaymentPolicy;
import com.thousandproxy.application.payment.PaymentSettings;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.payment.service.PaymentEffects;
import com.thousandproxy.application.payment.service.PaymentEventProcessor;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.user.UserId;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The ordering and payment services wired on fakes, as the api module wires them for real. */
public final class Shop {

  public static final URI CALLBACK =
      URI.create("https://shop.example/api/v1/payments/webhooks/nowpayments");

  public final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
  public final FakeCatalog catalog = new FakeCatalog().with(1, "4.99", true).with(2, "9.99", false);
  public final FakePlacement placement = new FakePlacement();
  public final InMemoryOrders orders = new InMemoryOrders();
  public final InMemoryPayments payments = new InMemoryPayments();
  public final InMemoryWallets wallets = new InMemoryWallets();
  public final Fakes.Jobs jobs = new Fakes.Jobs();
  public final Fakes.Audit audit = new Fakes.Audit();
  public final Fakes.Inbox inbox = new Fakes.Inbox();
  public final Fakes.DirectTransactions transactions = new Fakes.DirectTransactions();
  public final FakeGateway gateway = new FakeGateway();
  public final PaymentSettings settings;
  public final PlaceOrderService placeOrder;
  public final PaymentEventProcessor processor;

  public Shop() {
    this(PartialPaymentPolicy.CREDIT_WALLET);
  }

  public Shop(PartialPaymentPolicy partialPolicy) {
    settings =
        new PaymentSettings(
            CALLBACK,
            "btc",
            partialPolicy,
            Duration.ofHours(24),
            Duration.ofDays(7),
            Duration.ofMinutes(2),
            50);
    placeOrder =
        new PlaceOrderService(
            catalog,
            placement,
            orders,
            payments,
            wallets,
            jobs,
            transactions,
            new IdempotentRequests(new Fakes.Keys(), clock, Duration.ofHours(24)),
            checkout(),
            clock);
    processor =
        new PaymentEventProcessor(
            inbox,
            payments,
            new PaymentEffects(payments, orders, wallets, jobs, audit, partialPolicy),
            audit,
            transactions,
            clock);
  }

  /** A NowPayments order of one plan-1 line, placed by {@code owner}. */
  public PlacedOrder gatewayOrder(UserId owner) {
    return placeOrder
        .place(
            new PlaceOrderCommand(
                owner,
                List.of(new OrderLine(new PlanId(1), 1)),
                PaymentMethod.NOWPAYMENTS,
                null,
                null))
        .block();
  }

  public GatewayCheckout checkout() {
    return new GatewayCheckout(gateway, payments, settings, clock);
  }
}
