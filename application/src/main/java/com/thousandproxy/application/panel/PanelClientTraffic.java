package com.thousandproxy.application.panel;

/**
 * The traffic row of one client: bytes used, its quota and expiry as the panel sees them, and the
 * panel's own switch ({@code enable} false once depleted or expired). Depletion is computed here,
 * because some panel versions report the client's flag instead.
 */
public record PanelClientTraffic(
    long inboundId,
    String email,
    String uuid,
    String subId,
    boolean enable,
    long upBytes,
    long downBytes,
    long totalBytes,
    long expiryTimeMillis,
    long lastOnlineMillis) {

  public long usedBytes() {
    return upBytes + downBytes;
  }

  public boolean depletedAt(long nowMillis) {
    return totalBytes > 0 && usedBytes() >= totalBytes
        || expiryTimeMillis > 0 && expiryTimeMillis <= nowMillis;
  }
}
