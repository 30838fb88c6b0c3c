package com.thousandproxy.domain.wallet;

import static com.thousandproxy.domain.shared.TestClocks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.TestClocks;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WalletTest {

  private static final UserId OWNER = new UserId(1);
  private static final Currency USD = Currency.getInstance("USD");
  private static final Clock CLOCK = TestClocks.now();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static Wallet walletWith(String balance) {
    return new Wallet(OWNER, usd(balance));
  }

  @Test
  void aNewWalletIsEmpty() {
    Wallet wallet = Wallet.open(OWNER, USD);

    assertThat(wallet.balance()).isEqualTo(usd("0"));
    assertThat(wallet.currency()).isEqualTo(USD);
  }

  @Test
  void aTopUpAddsToTheBalanceAndIsRecorded() {
    WalletChange change = walletWith("5.00").topUp(usd("20"), "payment:7", CLOCK);

    assertThat(change.wallet().balance()).isEqualTo(usd("25.00"));
    assertThat(change.entry())
        .isEqualTo(new LedgerEntry(LedgerEntryType.TOP_UP, usd("20"), usd("25"), "payment:7", NOW));
  }

  @Test
  void aRefundAndACreditAdjustmentAddToTheBalance() {
    Wallet wallet = walletWith("1.00");

    assertThat(wallet.refund(usd("2"), "order:3", CLOCK).entry().type())
        .isEqualTo(LedgerEntryType.REFUND);
    assertThat(wallet.creditAdjustment(usd("2"), "admin:goodwill", CLOCK).wallet().balance())
        .isEqualTo(usd("3"));
  }

  @Test
  void aPurchaseTheBalanceCoversIsDebitedAsANegativeEntry() {
    DebitOutcome outcome = walletWith("10.00").pay(usd("9.99"), "order:42", CLOCK);

    assertThat(outcome).isInstanceOf(DebitOutcome.Debited.class);
    WalletChange change = ((DebitOutcome.Debited) outcome).change();
    assertThat(change.wallet().balance()).isEqualTo(usd("0.01"));
    assertThat(change.entry().type()).isEqualTo(LedgerEntryType.PURCHASE);
    assertThat(change.entry().amount()).isEqualTo(usd("-9.99"));
    assertThat(change.entry().balanceAfter()).isEqualTo(usd("0.01"));
  }

  @Test
  void theWholeBalanceCanBeSpent() {
    DebitOutcome outcome = walletWith("9.99").pay(usd("9.99"), "order:42", CLOCK);

    assertThat(((DebitOutcome.Debited) outcome).change().wallet().balance().isZero()).isTrue();
  }

  @Test
  void aPurchaseBeyondTheBalanceIsRefusedAndTakesNothing() {
    Wallet wallet = walletWith("5.00");

    DebitOutcome outcome = wallet.pay(usd("9.99"), "order:42", CLOCK);

    assertThat(outcome).isEqualTo(new DebitOutcome.InsufficientFunds(usd("5"), usd("9.99")));
    assertThat(((DebitOutcome.InsufficientFunds) outcome).shortfall()).isEqualTo(usd("4.99"));
    assertThat(wallet.balance()).isEqualTo(usd("5"));
  }

  @Test
  void aDebitAdjustmentCannotTakeTheBalanceBelowZeroEither() {
    assertThat(walletWith("1.00").debitAdjustment(usd("1.01"), "admin:fix", CLOCK))
        .isInstanceOf(DebitOutcome.InsufficientFunds.class);
    DebitOutcome taken = walletWith("1.00").debitAdjustment(usd("0.50"), "admin:fix", CLOCK);
    assertThat(((DebitOutcome.Debited) taken).change().entry().type())
        .isEqualTo(LedgerEntryType.ADJUSTMENT);
  }

  @ParameterizedTest(name = "{0} is not a change")
  @ValueSource(strings = {"0", "-1"})
  void everyChangeNeedsAPositiveAmount(String amount) {
    Wallet wallet = walletWith("10");

    assertThatThrownBy(() -> wallet.topUp(usd(amount), "x", CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wallet.pay(usd(amount), "x", CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anotherCurrencyIsNeverMixedIn() {
    Wallet wallet = walletWith("10");

    assertThatThrownBy(() -> wallet.topUp(Money.of("1", "EUR"), "x", CLOCK))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> wallet.pay(Money.of("1", "EUR"), "x", CLOCK))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void aBalanceBelowZeroCannotExist() {
    assertThatThrownBy(() -> walletWith("-0.01")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChangeNeedsAReference() {
    assertThatThrownBy(() -> walletWith("1").topUp(usd("1"), " ", CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
