package com.thousandproxy.domain.wallet;

import static com.thousandproxy.domain.shared.TestClocks.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.money.CurrencyMismatchException;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.shared.TestClocks;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedgerTest {

  private static final UserId OWNER = new UserId(1);
  private static final Currency USD = Currency.getInstance("USD");
  private static final Clock CLOCK = TestClocks.now();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static LedgerEntry entry(LedgerEntryType type, String amount, String balanceAfter) {
    return new LedgerEntry(type, usd(amount), usd(balanceAfter), "ref", NOW);
  }

  @ParameterizedTest(name = "{0} with {1}: allowed {2}")
  @CsvSource({
    "TOP_UP,     1, true",
    "TOP_UP,    -1, false",
    "TOP_UP,     0, false",
    "PURCHASE,  -1, true",
    "PURCHASE,   1, false",
    "PURCHASE,   0, false",
    "REFUND,     1, true",
    "REFUND,    -1, false",
    "REFUND,     0, false",
    "ADJUSTMENT, 1, true",
    "ADJUSTMENT,-1, true",
    "ADJUSTMENT, 0, false",
  })
  void theTypeOfAnEntryFixesTheSignOfItsAmount(
      LedgerEntryType type, String amount, boolean allowed) {
    assertThat(type.allowsSign(usd(amount).amount().signum())).isEqualTo(allowed);
    if (allowed) {
      assertThat(entry(type, amount, "5").balanceBefore()).isEqualTo(usd("5").minus(usd(amount)));
    } else {
      assertThatThrownBy(() -> entry(type, amount, "5"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void anEntryNeverLeavesABalanceBelowZero() {
    assertThatThrownBy(() -> entry(LedgerEntryType.PURCHASE, "-1", "-0.01"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEntryHoldsOneCurrency() {
    assertThatThrownBy(
            () ->
                new LedgerEntry(LedgerEntryType.TOP_UP, usd("1"), Money.of("1", "EUR"), "ref", NOW))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void theBalanceIsAlwaysTheSumOfTheLedger() {
    var ledger = new ArrayList<LedgerEntry>();
    Wallet wallet = Wallet.open(OWNER, USD);

    WalletChange topUp = wallet.topUp(usd("20"), "payment:1", CLOCK);
    ledger.add(topUp.entry());
    var purchase = (DebitOutcome.Debited) topUp.wallet().pay(usd("9.99"), "order:1", CLOCK);
    ledger.add(purchase.change().entry());
    WalletChange refund = purchase.change().wallet().refund(usd("9.99"), "order:1", CLOCK);
    ledger.add(refund.entry());
    var refused = refund.wallet().pay(usd("100"), "order:2", CLOCK);

    assertThat(refused).isInstanceOf(DebitOutcome.InsufficientFunds.class);
    assertThat(refund.wallet().balance()).isEqualTo(usd("20"));
    assertThat(Wallet.replay(OWNER, USD, ledger)).isEqualTo(refund.wallet());
  }

  @Test
  void aLedgerWhoseEntriesDoNotFollowEachOtherIsRefused() {
    List<LedgerEntry> broken =
        List.of(
            entry(LedgerEntryType.TOP_UP, "10", "10"), entry(LedgerEntryType.TOP_UP, "5", "20"));

    assertThatThrownBy(() -> Wallet.replay(OWNER, USD, broken))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyLedgerIsAnEmptyWallet() {
    assertThat(Wallet.replay(OWNER, USD, List.of())).isEqualTo(Wallet.open(OWNER, USD));
  }
}
