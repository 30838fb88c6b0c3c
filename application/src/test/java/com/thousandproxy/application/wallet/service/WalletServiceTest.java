package com.thousandproxy.application.wallet.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.ordering.testing.Shop;
import com.thousandproxy.application.wallet.AdjustWalletCommand;
import com.thousandproxy.application.wallet.InsufficientBalanceException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.LedgerEntryType;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class WalletServiceTest {

  private static final UserId ADMIN = new UserId(1);
  private static final UserId ALICE = new UserId(7);

  private final Shop shop = new Shop();
  private final WalletService wallets =
      new WalletService(
          shop.wallets, shop.audit, shop.transactions, shop.clock, Currency.getInstance("USD"));

  @Test
  void anAdminCreditsAndDebitsWithAReasonAndEveryChangeIsAudited() {
    wallets.adjust(command("12.50")).block();
    var debit = wallets.adjust(command("-2.50")).block();

    assertThat(debit.entry().type()).isEqualTo(LedgerEntryType.ADJUSTMENT);
    assertThat(debit.entry().amount()).isEqualTo(Money.of("-2.50", "USD"));
    assertThat(wallets.wallet(ALICE).block().balance()).isEqualTo(Money.of("10.00", "USD"));
    assertThat(shop.audit.events)
        .hasSize(2)
        .allSatisfy(
            event -> {
              assertThat(event.action()).isEqualTo("wallet.adjusted");
              assertThat(event.details()).containsEntry("reason", "support ticket 42");
              assertThat(event.ipAddress()).isEqualTo("198.51.100.4");
            });
  }

  @Test
  void aDebitBeyondTheBalanceIsRefusedAndNotAudited() {
    StepVerifier.create(wallets.adjust(command("-0.01")))
        .expectError(InsufficientBalanceException.class)
        .verify();

    assertThat(shop.audit.events).isEmpty();
    assertThat(shop.wallets.ledger()).isEmpty();
  }

  @Test
  void aWalletNeverUsedHasAZeroBalance() {
    assertThat(wallets.wallet(new UserId(99)).block().balance()).isEqualTo(Money.of("0.00", "USD"));
  }

  private static AdjustWalletCommand command(String amount) {
    return new AdjustWalletCommand(
        ADMIN, ALICE, Money.of(amount, "USD"), "support ticket 42", "198.51.100.4");
  }
}
