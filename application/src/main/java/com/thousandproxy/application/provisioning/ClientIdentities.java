package com.thousandproxy.application.provisioning;

import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.ordering.OrderId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Makes the panel identity of a purchased unit. The email {@code o<order>-i<item>-u<unit>-<suffix>}
 * names the unit (at most 50 characters of {@code [a-z0-9-]}, safe in panel paths); the random
 * suffix keeps two installations, or a database restored from a backup, from claiming each other's
 * clients. The secrets follow the panel's own generators (section 7 of the panel reference).
 */
public final class ClientIdentities {

  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final int SUFFIX_LENGTH = 4;
  private static final int SUB_ID_LENGTH = 16;

  private final RandomGenerator random;

  /** {@code random} must be a cryptographically strong generator outside tests. */
  public ClientIdentities(RandomGenerator random) {
    this.random = random;
  }

  public ClientCredentials newClient(
      OrderId orderId, UnitKey unit, Protocol protocol, String shadowsocksMethod) {
    String email =
        "o"
            + orderId.value()
            + "-i"
            + unit.itemId().value()
            + "-u"
            + unit.unitIndex()
            + "-"
            + text(SUFFIX_LENGTH);
    String subId = text(SUB_ID_LENGTH);
    return switch (protocol) {
      case VLESS, VMESS -> new ClientCredentials(email, uuid().toString(), null, subId);
      case TROJAN -> new ClientCredentials(email, null, HexFormat.of().formatHex(bytes(16)), subId);
      case SHADOWSOCKS ->
          new ClientCredentials(email, null, shadowsocksKey(shadowsocksMethod), subId);
    };
  }

  /** A 2022 cipher needs a base64 key of its size (16 bytes for AES-128, else 32). */
  private String shadowsocksKey(String method) {
    int size = "2022-blake3-aes-128-gcm".equals(method) ? 16 : 32;
    return Base64.getEncoder().encodeToString(bytes(size));
  }

  private UUID uuid() {
    byte[] b = bytes(16);
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (b[i] & 0xff);
      low = (low << 8) | (b[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }

  private String text(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }

  private byte[] bytes(int count) {
    byte[] out = new byte[count];
    random.nextBytes(out);
    return out;
  }
}
