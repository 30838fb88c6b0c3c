package com.thousandproxy.api.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.server.SecretsUnavailableException;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {

  private static final SecureRandom RANDOM = new SecureRandom();
  private final AesGcmSecretCipher cipher =
      new AesGcmSecretCipher(EncryptionKeys.generate(RANDOM), RANDOM);

  @Test
  void aSealedSecretOpensToTheSameText() {
    String sealed = cipher.seal("pa55-w0rd! ünïcode €");

    assertThat(cipher.open(sealed)).isEqualTo("pa55-w0rd! ünïcode €");
  }

  @Test
  void theSealedFormCarriesAVersionAndNeverTheSecret() {
    String sealed = cipher.seal("Pnl-Secret-9f3Kx7Qw");

    assertThat(sealed).startsWith("v1:").doesNotContain("Pnl-Secret");
  }

  @Test
  void anEmptySecretRoundTrips() {
    assertThat(cipher.open(cipher.seal(""))).isEmpty();
  }

  @Test
  void sealingTheSameTextTwiceGivesDifferentValuesBecauseTheNonceIsRandom() {
    String first = cipher.seal("same");
    String second = cipher.seal("same");

    assertThat(first).isNotEqualTo(second);
    byte[] a = Base64.getDecoder().decode(first.substring(3));
    byte[] b = Base64.getDecoder().decode(second.substring(3));
    assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
  }

  @Test
  void aTamperedValueDoesNotOpen() {
    byte[] raw = Base64.getDecoder().decode(cipher.seal("secret").substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

    assertThatThrownBy(() -> cipher.open(tampered))
        .isInstanceOf(SecretsUnavailableException.class)
        .hasMessageNotContaining("secret\"");
  }

  @Test
  void aValueSealedUnderAnotherKeyDoesNotOpen() {
    var other = new AesGcmSecretCipher(EncryptionKeys.generate(RANDOM), RANDOM);
    String sealed = other.seal("secret");

    assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(SecretsUnavailableException.class);
  }

  @Test
  void somethingThatWasNeverSealedDoesNotOpen() {
    assertThatThrownBy(() -> cipher.open("demo-not-a-secret"))
        .isInstanceOf(SecretsUnavailableException.class);
    assertThatThrownBy(() -> cipher.open("v1:%%%")).isInstanceOf(SecretsUnavailableException.class);
    assertThatThrownBy(() -> cipher.open("v1:AAAA"))
        .isInstanceOf(SecretsUnavailableException.class);
  }

  @Test
  void aConfiguredKeyMustBeBase64OfThirtyTwoBytes() {
    String good = Base64.getEncoder().encodeToString(new byte[32]);
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);

    assertThat(EncryptionKeys.fromBase64(good).getEncoded()).hasSize(32);
    assertThatThrownBy(() -> EncryptionKeys.fromBase64(short16))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> EncryptionKeys.fromBase64("not base64 !"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("not base64 !");
  }

  @Test
  void withoutAKeyNothingIsSealedOrOpened() {
    var unconfigured = new UnconfiguredSecretCipher();

    assertThatThrownBy(() -> unconfigured.seal("x"))
        .isInstanceOf(SecretsUnavailableException.class)
        .hasMessageContaining("app.secrets.encryption-key");
    assertThatThrownBy(() -> unconfigured.open("v1:x"))
        .isInstanceOf(SecretsUnavailableException.class);
  }
}
