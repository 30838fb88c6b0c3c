package com.thousandproxy.domain.client;

import static com.thousandproxy.domain.client.ClientTestData.GB;
import static com.thousandproxy.domain.client.ClientTestData.aClient;
import static com.thousandproxy.domain.shared.TestClocks.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.shared.TestClocks;
import java.time.Clock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the periodic sync does to a client: {@link ServerClient#enforce} in every situation. */
class ClientRulesTest {

  private static final Clock BEFORE_EXPIRY = TestClocks.at(NOW.minusSeconds(1));
  private static final Clock AT_EXPIRY = TestClocks.at(NOW);

  @ParameterizedTest(name = "{0}, expired {1}, over quota {2} becomes {3}")
  @CsvSource({
    "ACTIVE,    false, false, ACTIVE",
    "ACTIVE,    false, true,  SUSPENDED",
    "ACTIVE,    true,  false, EXPIRED",
    "ACTIVE,    true,  true,  EXPIRED",
    "SUSPENDED, false, false, SUSPENDED",
    "SUSPENDED, false, true,  SUSPENDED",
    "SUSPENDED, true,  false, EXPIRED",
    "SUSPENDED, true,  true,  EXPIRED",
    "PENDING,   true,  true,  PENDING",
    "EXPIRED,   true,  true,  EXPIRED",
    "DELETED,   true,  true,  DELETED",
  })
  void expiryWinsOverQuotaAndOnlyRunningClientsAreTouched(
      ClientStatus status, boolean expired, boolean overQuota, ClientStatus expected) {
    ServerClient client =
        aClient().in(status).expiringAt(NOW).withUsage(overQuota ? GB : 0, 0).build();

    ServerClient enforced = client.enforce(expired ? AT_EXPIRY : BEFORE_EXPIRY);

    assertThat(enforced.status()).isEqualTo(expected);
    assertThat(enforced.expiresAt()).isEqualTo(client.expiresAt());
    assertThat(enforced.usage()).isEqualTo(client.usage());
  }
}
