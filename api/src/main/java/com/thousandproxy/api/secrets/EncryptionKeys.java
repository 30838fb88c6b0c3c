package com.thousandproxy.api.secrets;

import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reads the base64 256-bit key of {@code app.secrets.encryption-key}, or makes a throw-away one.
 */
public final class EncryptionKeys {

  private EncryptionKeys() {}

  /**
   * The configured key; refuses anything but base64 of exactly 32 bytes (the text is not echoed).
   */
  public static SecretKey fromBase64(String base64) {
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("app.secrets.encryption-key is not valid base64");
    }
    if (raw.length != 32) {
      throw new IllegalStateException(
          "app.secrets.encryption-key must be 32 bytes (256 bits) in base64, was " + raw.length);
    }
    return new SecretKeySpec(raw, "AES");
  }

  public static SecretKey generate(SecureRandom random) {
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    return new SecretKeySpec(raw, "AES");
  }
}
