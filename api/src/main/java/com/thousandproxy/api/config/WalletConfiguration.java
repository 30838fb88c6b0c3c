package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.wallet.R2dbcWalletStore;
import com.thousandproxy.api.wallet.WalletCurrency;
import com.thousandproxy.api.wallet.WalletErrorRules;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import com.thousandproxy.application.payment.service.GatewayCheckout;
import com.thousandproxy.application.payment.service.IdempotentRequests;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.application.wallet.port.out.WalletStore;
import com.thousandproxy.application.wallet.service.TopUpWalletService;
import com.thousandproxy.application.wallet.service.WalletService;
import java.time.Clock;
import java.util.Currency;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Wallets: balances, ledgers, admin adjustments and gateway top-ups. */
@Configuration(proxyBeanMethods = false)
public class WalletConfiguration {

  @Bean
  WalletCurrency walletCurrency(@Value("${app.wallet.currency:USD}") String currency) {
    return new WalletCurrency(Currency.getInstance(currency));
  }

  @Bean
  R2dbcWalletStore walletStore(DatabaseClient db) {
    return new R2dbcWalletStore(db);
  }

  @Bean
  WalletService walletService(
      WalletStore wallets,
      AuditLog audit,
      Transactions transactions,
      Clock clock,
      WalletCurrency currency) {
    return new WalletService(wallets, audit, transactions, clock, currency.currency());
  }

  @Bean
  TopUpWalletService topUpWalletService(
      PaymentRepository payments,
      GatewayCheckout checkout,
      IdempotentRequests idempotent,
      Transactions transactions,
      Clock clock) {
    return new TopUpWalletService(payments, checkout, idempotent, transactions, clock);
  }

  @Bean
  WalletErrorRules walletErrorRules() {
    return new WalletErrorRules();
  }
}
