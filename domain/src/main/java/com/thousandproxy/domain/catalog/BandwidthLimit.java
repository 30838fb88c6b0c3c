package com.thousandproxy.domain.catalog;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * How much traffic (upload plus download) a client may use: a number of gigabytes, or unlimited.
 *
 * <p>A gigabyte is 1024³ bytes, as the 3x-ui panels count it.
 */
public final class BandwidthLimit {

  public static final long BYTES_PER_GB = 1024L * 1024L * 1024L;
  private static final long MAX_GB = Long.MAX_VALUE / BYTES_PER_GB;
  private static final BandwidthLimit UNLIMITED = new BandwidthLimit(0);

  /** Zero stands for unlimited, as in the panel and the subscription header. */
  private final long gigabytes;

  private BandwidthLimit(long gigabytes) {
    this.gigabytes = gigabytes;
  }

  public static BandwidthLimit unlimited() {
    return UNLIMITED;
  }

  public static BandwidthLimit ofGigabytes(long gigabytes) {
    if (gigabytes <= 0 || gigabytes > MAX_GB) {
      throw new IllegalArgumentException("bandwidth limit must be 1.." + MAX_GB + " GB");
    }
    return new BandwidthLimit(gigabytes);
  }

  /** Reads the API's and the store's form: {@code null} means unlimited. */
  public static BandwidthLimit ofNullableGigabytes(Long gigabytes) {
    return gigabytes == null ? unlimited() : ofGigabytes(gigabytes);
  }

  public boolean isUnlimited() {
    return gigabytes == 0;
  }

  public OptionalLong gigabytes() {
    return isUnlimited() ? OptionalLong.empty() : OptionalLong.of(gigabytes);
  }

  public OptionalLong bytes() {
    return isUnlimited() ? OptionalLong.empty() : OptionalLong.of(gigabytes * BYTES_PER_GB);
  }

  /** Whether this many bytes used reach the limit; never for an unlimited one. */
  public boolean isReachedBy(long usedBytes) {
    return !isUnlimited() && usedBytes >= gigabytes * BYTES_PER_GB;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BandwidthLimit that && gigabytes == that.gigabytes;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(gigabytes);
  }

  @Override
  public String toString() {
    return isUnlimited() ? "unlimited" : gigabytes + " GB";
  }
}
