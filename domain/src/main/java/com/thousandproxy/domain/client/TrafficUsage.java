package com.thousandproxy.domain.client;

/** The bytes a client has moved since its traffic was last reset, as the panel counts them. */
public record TrafficUsage(long upBytes, long downBytes) {

  public static final TrafficUsage NONE = new TrafficUsage(0, 0);

  public TrafficUsage {
    if (upBytes < 0 || downBytes < 0) {
      throw new IllegalArgumentException("traffic must not be negative");
    }
  }

  public long totalBytes() {
    return Math.addExact(upBytes, downBytes);
  }
}
