package com.thousandproxy.api.config;

import com.thousandproxy.adapters.payments.demo.DemoPaymentGateway;
import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsGateway;
import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsIpnVerifier;
import com.thousandproxy.adapters.payments.nowpayments.NowPaymentsSettings;
import com.thousandproxy.adapters.persistence.payment.R2dbcIdempotencyKeys;
import com.thousandproxy.adapters.persistence.payment.R2dbcPaymentEventInbox;
import com.thousandproxy.adapters.persistence.payment.R2dbcPaymentRepository;
import com.thousandproxy.api.payment.PaymentErrorRules;
import com.thousandproxy.api.payment.PaymentGateways;
import com.thousandproxy.api.payment.PeriodicTask;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.ordering.port.out.OrderRepository;
import com.thousandproxy.application.payment.PartialPaymentPolicy;
import com.thousandproxy.application.payment.PaymentSettings;
import com.thousandproxy.application.payment.port.in.ReconcilePaymentsUseCase;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.payment.service.PaymentEffects;
import com.thousandproxy.application.payment.service.PaymentEventProcessor;
import com.thousandproxy.application.payment.service.ReceivePaymentWebhookService;
import com.thousandproxy.application.payment.service.ReconcilePaymentsService;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Payments: the gateway (NowPayments from {@code app.payments.nowpayments.*}, or the demo gateway
 * in the {@code demo} profile), the webhook and its transition, and reconciliation by polling.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentConfiguration {

  static final String WEBHOOK_PATH = "/api/v1/payments/webhooks/nowpayments";

  @Bean
  PaymentSettings paymentSettings(
      @Value("${app.public-base-url}") String publicBaseUrl,
      @Value("${app.payments.default-pay-currency:usdttrc20}") String defaultPayCurrency,
      @Value("${app.payments.partial-payment-policy:credit-wallet}") String partialPolicy,
      @Value("${app.payments.idempotency-ttl:24h}") Duration idempotencyTtl,
      @Value("${app.payments.late-deposit-window:7d}") Duration lateDepositWindow,
      @Value("${app.payments.reconcile.poll-spacing:2m}") Duration pollSpacing,
      @Value("${app.payments.reconcile.batch:50}") int pollBatch) {
    return new PaymentSettings(
        URI.create(publicBaseUrl.replaceAll("/+$", "") + WEBHOOK_PATH),
        defaultPayCurrency,
        PartialPaymentPolicy.valueOf(partialPolicy.toUpperCase(Locale.ROOT).replace('-', '_')),
        idempotencyTtl,
        lateDepositWindow,
        pollSpacing,
        pollBatch);
  }

  @Bean
  R2dbcPaymentRepository paymentRepository(DatabaseClient db) {
    return new R2dbcPaymentRepository(db);
  }

  @Bean
  R2dbcPaymentEventInbox paymentEventInbox(DatabaseClient db) {
    return new R2dbcPaymentEventInbox(db);
  }

  @Bean
  IdempotentRequests idempotentRequests(DatabaseClient db, Clock clock, PaymentSettings settings) {
    return new IdempotentRequests(new R2dbcIdempotencyKeys(db), clock, settings.idempotencyTtl());
  }

  @Bean
  @Profile("!demo")
  PaymentGateways nowPayments(
      @Value("${app.payments.nowpayments.base-url:https://api.nowpayments.io}") URI baseUrl,
      @Value("${app.payments.nowpayments.api-key:}") String apiKey,
      @Value("${app.payments.nowpayments.ipn-secret:}") String ipnSecret,
      @Value("${app.payments.nowpayments.call-timeout:10s}") Duration callTimeout,
      @Value("${app.payments.nowpayments.outcome-currency:}") String outcomeCurrency,
      @Value("${app.payments.nowpayments.fixed-rate:false}") boolean fixedRate,
      @Value("${app.payments.nowpayments.fee-paid-by-user:false}") boolean feePaidByUser,
      ObjectProvider<WebClient.Builder> webClients) {
    if (apiKey.isBlank() || ipnSecret.isBlank()) {
      return PaymentGateways.unconfigured();
    }
    NowPaymentsSettings defaults = NowPaymentsSettings.of(baseUrl, apiKey, ipnSecret);
    NowPaymentsSettings settings =
        new NowPaymentsSettings(
            baseUrl,
            apiKey,
            ipnSecret,
            outcomeCurrency.isBlank() ? null : outcomeCurrency.strip(),
            fixedRate,
            feePaidByUser,
            callTimeout,
            defaults.readAttempts(),
            defaults.retryWait(),
            defaults.breakerWindow(),
            defaults.breakerFailureRatePercent(),
            defaults.breakerOpenFor());
    return new PaymentGateways(
        new NowPaymentsGateway(settings, webClients.getIfUnique(WebClient::builder)),
        new NowPaymentsIpnVerifier(ipnSecret));
  }

  @Bean
  @Profile("demo")
  DemoPaymentGateway demoPaymentGateway(
      Clock clock, @Value("${app.payments.demo.ipn-secret:demo-ipn-secret}") String secret) {
    return new DemoPaymentGateway(clock, secret);
  }

  @Bean
  @Profile("demo")
  PaymentGateways demoGateways(DemoPaymentGateway demo) {
    return new PaymentGateways(demo, demo.webhookVerifier());
  }

  @Bean
  GatewayCheckout gatewayCheckout(
      PaymentGateways gateways, PaymentRepository payments, PaymentSettings settings, Clock clock) {
    return new GatewayCheckout(gateways.gateway(), payments, settings, clock);
  }

  @Bean
  PaymentEventProcessor paymentEventProcessor(
      R2dbcPaymentEventInbox inbox,
      PaymentRepository payments,
      OrderRepository orders,
      WalletStore wallets,
      AuditLog audit,
      PaymentSettings settings,
      JobQueue jobs,
      Transactions transactions,
      Clock clock) {
    PaymentEffects effects =
        new PaymentEffects(payments, orders, wallets, jobs, audit, settings.partialPaymentPolicy());
    return new PaymentEventProcessor(inbox, payments, effects, audit, transactions, clock);
  }

  @Bean
  ReceivePaymentWebhookService receivePaymentWebhookService(
      PaymentGateways gateways, PaymentEventProcessor processor, AuditLog audit, Clock clock) {
    return new ReceivePaymentWebhookService(gateways.verifier(), processor, audit, clock);
  }

  @Bean
  ReconcilePaymentsService reconcilePaymentsService(
      PaymentGateways gateways,
      PaymentRepository payments,
      PaymentEventProcessor processor,
      PaymentSettings settings,
      Clock clock) {
    return new ReconcilePaymentsService(gateways.gateway(), payments, processor, settings, clock);
  }

  @Bean
  @ConditionalOnProperty(
      name = "app.payments.reconcile.enabled",
      havingValue = "true",
      matchIfMissing = true)
  PeriodicTask paymentReconciliation(
      ReconcilePaymentsUseCase reconcile,
      @Value("${app.payments.reconcile.initial-delay:30s}") Duration initialDelay,
      @Value("${app.payments.reconcile.interval:1m}") Duration interval) {
    return new PeriodicTask(
        "payment reconciliation", initialDelay, interval, reconcile::reconcileDue);
  }

  @Bean
  PaymentErrorRules paymentErrorRules() {
    return new PaymentErrorRules();
  }
}
