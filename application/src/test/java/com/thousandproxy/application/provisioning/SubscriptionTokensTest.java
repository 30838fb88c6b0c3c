package com.thousandproxy.application.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SubscriptionTokensTest {

  private final byte[] key = filled(1);
  private final SubscriptionTokens tokens = new SubscriptionTokens(key, new SecureRandom());

  @Test
  void the_token_is_recomputed_from_the_stored_nonce_and_matches_the_stored_hash() {
    IssuedToken issued = tokens.issue();

    assertThat(tokens.tokenFor(issued.nonce())).isEqualTo(issued.token());
    assertThat(SubscriptionTokens.hashOf(issued.token())).isEqualTo(issued.hash());
    assertThat(issued.hash()).matches("[0-9a-f]{64}").isNotEqualTo(issued.token());
  }

  @Test
  void a_token_carries_256_bits_from_128_random_ones_and_is_url_safe() {
    IssuedToken issued = tokens.issue();

    assertThat(issued.nonce()).matches("[0-9a-f]{32}");
    assertThat(Base64.getUrlDecoder().decode(issued.token())).hasSize(32);
    assertThat(issued.token()).matches("[A-Za-z0-9_-]+");
    assertThat(tokens.issue().token()).isNotEqualTo(issued.token());
  }

  @Test
  void without_the_key_the_nonce_gives_no_working_token() {
    IssuedToken issued = tokens.issue();
    SubscriptionTokens otherKey = new SubscriptionTokens(filled(2), new SecureRandom());

    assertThat(otherKey.tokenFor(issued.nonce())).isNotEqualTo(issued.token());
    assertThat(issued.toString()).doesNotContain(issued.token());
  }

  @Test
  void a_short_key_is_refused() {
    assertThatThrownBy(() -> new SubscriptionTokens(new byte[16], new SecureRandom()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }
}
