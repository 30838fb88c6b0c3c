package com.thousandproxy.application.panel;

import java.util.Locale;
import java.util.Objects;

/**
 * One client as a panel keeps it. {@code email} is its panel-wide name; {@code uuid} the identity
 * for vless/vmess, {@code password} for trojan (and the key for shadowsocks). {@code totalBytes} 0
 * and {@code expiryTimeMillis} 0 mean unlimited; a negative expiry means "days after first use".
 */
public record PanelClient(
    String email,
    String uuid,
    String password,
    String flow,
    String vmessSecurity,
    int limitIp,
    long totalBytes,
    long expiryTimeMillis,
    boolean enable,
    long telegramId,
    String subId,
    String comment,
    int resetDays) {

  public PanelClient {
    if (email == null || email.isBlank()) {
      throw new IllegalArgumentException("email is required");
    }
    flow = Objects.requireNonNullElse(flow, "");
    subId = Objects.requireNonNullElse(subId, "");
    comment = Objects.requireNonNullElse(comment, "");
    if (limitIp < 0 || totalBytes < 0 || resetDays < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
  }

  /** An enabled, unlimited client with a UUID (vless/vmess). */
  public static PanelClient withUuid(String email, String uuid, String subId) {
    return new PanelClient(email, uuid, null, "", null, 0, 0, 0, true, 0, subId, "", 0);
  }

  /** An enabled, unlimited client with a password (trojan/shadowsocks). */
  public static PanelClient withPassword(String email, String password, String subId) {
    return new PanelClient(email, null, password, "", null, 0, 0, 0, true, 0, subId, "", 0);
  }

  public PanelClient withEnable(boolean value) {
    return new PanelClient(
        email,
        uuid,
        password,
        flow,
        vmessSecurity,
        limitIp,
        totalBytes,
        expiryTimeMillis,
        value,
        telegramId,
        subId,
        comment,
        resetDays);
  }

  public String emailKey() {
    return email.toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a client found on the panel under this email is this one (ours): same credential and
   * same subscription id, for each of them that we set.
   */
  public boolean sameAccountAs(PanelClient found) {
    return emailKey().equals(found.emailKey())
        && matches(uuid, found.uuid)
        && matches(password, found.password)
        && matches(subId, found.subId);
  }

  private static boolean matches(String ours, String theirs) {
    return ours == null || ours.isEmpty() || ours.equals(theirs);
  }
}
