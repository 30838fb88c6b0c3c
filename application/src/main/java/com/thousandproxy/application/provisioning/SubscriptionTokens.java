package com.thousandproxy.application.provisioning;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Subscription tokens that are never stored. A token is {@code HMAC-SHA256(key, nonce)} in
 * base64url (256 bits) of a 128-bit random nonce; the store keeps the nonce and the token's
 * SHA-256, so the feed finds a client by the hash of the token it is given, and the client's page
 * shows the URL by recomputing the token from the nonce. A copy of the database alone yields no
 * working URL; a rotation is a new nonce (and hash). Changing the key changes every token.
 */
public final class SubscriptionTokens {

  private static final String HMAC = "HmacSHA256";
  public static final int MIN_KEY_BYTES = 32;

  private final byte[] key;
  private final RandomGenerator random;

  /** {@code key}: at least 32 secret bytes; {@code random}: a strong generator outside tests. */
  public SubscriptionTokens(byte[] key, RandomGenerator random) {
    if (key == null || key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the subscription token key needs at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = key.clone();
    this.random = random;
  }

  public IssuedToken issue() {
    byte[] nonceBytes = new byte[16];
    random.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    String token = tokenFor(nonce);
    return new IssuedToken(nonce, hashOf(token), token);
  }

  /** The token of a stored nonce. */
  public String tokenFor(String nonce) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      byte[] tag =
          mac.doFinal(("1000proxy-subscription:" + nonce).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** What the store keeps and looks tokens up by: SHA-256 in lower-case hex. */
  public static String hashOf(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
