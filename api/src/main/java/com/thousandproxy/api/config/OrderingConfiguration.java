package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.ordering.R2dbcOrderRepository;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcClientPlacement;
import com.thousandproxy.api.ordering.OrderingErrorRules;
import com.thousandproxy.api.payment.PeriodicTask;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.ordering.port.in.ExpireUnpaidOrdersUseCase;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.ordering.service.BrowseOrdersService;
import com.thousandproxy.application.ordering.service.CancelOrderService;
import com.thousandproxy.application.ordering.service.ExpireUnpaidOrdersService;
import com.thousandproxy.application.ordering.service.PlaceOrderService;
import com.thousandproxy.application.ordering.service.UnpaidPayments;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Orders: placing (wallet or gateway), reading, cancelling, and the sweep of unpaid ones. */
@Configuration(proxyBeanMethods = false)
public class OrderingConfiguration {

  @Bean
  R2dbcOrderRepository orderRepository(DatabaseClient db) {
    return new R2dbcOrderRepository(db);
  }

  @Bean
  PlaceOrderService placeOrderService(
      CatalogReader catalog,
      DatabaseClient db,
      OrderRepository orders,
      PaymentRepository payments,
      WalletStore wallets,
      JobQueue jobs,
      Transactions transactions,
      IdempotentRequests idempotent,
      GatewayCheckout checkout,
      Clock clock) {
    return new PlaceOrderService(
        catalog,
        new R2dbcClientPlacement(db),
        orders,
        payments,
        wallets,
        jobs,
        transactions,
        idempotent,
        checkout,
        clock);
  }

  @Bean
  BrowseOrdersService browseOrdersService(OrderRepository orders) {
    return new BrowseOrdersService(orders);
  }

  @Bean
  CancelOrderService cancelOrderService(
      OrderRepository orders, PaymentRepository payments, Transactions transactions, Clock clock) {
    return new CancelOrderService(orders, new UnpaidPayments(payments), transactions, clock);
  }

  @Bean
  ExpireUnpaidOrdersService expireUnpaidOrdersService(
      OrderRepository orders,
      PaymentRepository payments,
      Transactions transactions,
      Clock clock,
      @Value("${app.orders.unpaid-ttl:24h}") Duration unpaidTtl,
      @Value("${app.orders.expiry-sweep.batch:100}") int batch) {
    return new ExpireUnpaidOrdersService(
        orders, new UnpaidPayments(payments), transactions, clock, unpaidTtl, batch);
  }

  @Bean
  @ConditionalOnProperty(
      name = "app.orders.expiry-sweep.enabled",
      havingValue = "true",
      matchIfMissing = true)
  PeriodicTask unpaidOrderSweep(
      ExpireUnpaidOrdersUseCase expiry,
      @Value("${app.orders.expiry-sweep.interval:5m}") Duration interval) {
    return new PeriodicTask("unpaid order sweep", interval, interval, expiry::expireOverdue);
  }

  @Bean
  OrderingErrorRules orderingErrorRules() {
    return new OrderingErrorRules();
  }
}
