package com.thousandproxy.api.secrets;

import com.thousandproxy.application.server.SecretsUnavailableException;
import com.thousandproxy.application.server.port.out.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM under the configured key: a fresh random 96-bit nonce per value, a 128-bit tag, and
 * the format version bound in as associated data. Sealed form: {@code v1:} then base64 of nonce
 * followed by ciphertext and tag. A changed value, or one sealed under another key, does not open.
 */
public final class AesGcmSecretCipher implements SecretCipher {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] ASSOCIATED =
      "1000proxy/panel-secret/v1".getBytes(StandardCharsets.UTF_8);

  private final SecretKey key;
  private final SecureRandom random;

  public AesGcmSecretCipher(SecretKey key, SecureRandom random) {
    if (!"AES".equals(key.getAlgorithm()) || key.getEncoded().length != 32) {
      throw new IllegalArgumentException("an AES-256 key is required");
    }
    this.key = key;
    this.random = random;
  }

  @Override
  public String seal(String plainText) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      byte[] sealed =
          cipher(Cipher.ENCRYPT_MODE, nonce).doFinal(plainText.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new SecretsUnavailableException("a panel secret could not be sealed", e);
    }
  }

  @Override
  public String open(String sealed) {
    if (sealed == null || !sealed.startsWith(PREFIX)) {
      throw unreadable(null);
    }
    try {
      byte[] raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
        throw unreadable(null);
      }
      byte[] nonce = java.util.Arrays.copyOfRange(raw, 0, NONCE_BYTES);
      byte[] plain =
          cipher(Cipher.DECRYPT_MODE, nonce).doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw unreadable(e);
    }
  }

  private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(ASSOCIATED);
    return cipher;
  }

  private static SecretsUnavailableException unreadable(Exception cause) {
    return new SecretsUnavailableException(
        "a stored panel secret does not open with the configured key (changed, or sealed under"
            + " another key)",
        cause == null ? null : new GeneralSecurityException(cause.getClass().getSimpleName()));
  }
}
