package com.thousandproxy.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayPaymentStatusTest {

  @ParameterizedTest
  @CsvSource({
    "waiting, WAITING",
    "confirming, CONFIRMING",
    "partially_paid, PARTIALLY_PAID",
    "Finished, FINISHED",
    "canceled, CANCELLED",
    "expired, EXPIRED"
  })
  void providerWordsMapToStatuses(String word, GatewayPaymentStatus expected) {
    assertThat(GatewayPaymentStatus.fromProvider(word)).isEqualTo(expected);
  }

  @Test
  void aStatusNobodyKnowsYetIsUnknownRatherThanAnError() {
    assertThat(GatewayPaymentStatus.fromProvider("wrong_asset_confirmed"))
        .isEqualTo(GatewayPaymentStatus.UNKNOWN);
    assertThat(GatewayPaymentStatus.fromProvider(null)).isEqualTo(GatewayPaymentStatus.UNKNOWN);
  }

  @Test
  void onlyFinishedCountsAsPaidInFull() {
    for (GatewayPaymentStatus status : GatewayPaymentStatus.values()) {
      assertThat(status.isPaidInFull()).isEqualTo(status == GatewayPaymentStatus.FINISHED);
    }
  }

  @Test
  void anExpiredPaymentIsNotTerminalBecauseLateDepositsHappen() {
    assertThat(GatewayPaymentStatus.EXPIRED.isTerminal()).isFalse();
    assertThat(GatewayPaymentStatus.FINISHED.isTerminal()).isTrue();
  }

  @Test
  void theProviderNameIsTheLowerCaseWord() {
    assertThat(GatewayPaymentStatus.PARTIALLY_PAID.providerName()).isEqualTo("partially_paid");
  }
}
