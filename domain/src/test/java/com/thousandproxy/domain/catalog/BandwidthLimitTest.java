package com.thousandproxy.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandwidthLimitTest {

  private static final long GB = 1024L * 1024L * 1024L;

  @Test
  void aLimitInGigabytesCountsBinaryGigabytesAsThePanelsDo() {
    BandwidthLimit limit = BandwidthLimit.ofGigabytes(100);

    assertThat(limit.isUnlimited()).isFalse();
    assertThat(limit.gigabytes()).hasValue(100);
    assertThat(limit.bytes()).hasValue(100 * GB);
    assertThat(limit).hasToString("100 GB");
  }

  @Test
  void unlimitedHasNoNumber() {
    BandwidthLimit limit = BandwidthLimit.unlimited();

    assertThat(limit.isUnlimited()).isTrue();
    assertThat(limit.gigabytes()).isEmpty();
    assertThat(limit.bytes()).isEmpty();
    assertThat(limit).hasToString("unlimited");
  }

  @Test
  void nullFromTheApiOrTheStoreMeansUnlimited() {
    assertThat(BandwidthLimit.ofNullableGigabytes(null)).isEqualTo(BandwidthLimit.unlimited());
    assertThat(BandwidthLimit.ofNullableGigabytes(5L)).isEqualTo(BandwidthLimit.ofGigabytes(5));
    assertThat(BandwidthLimit.ofGigabytes(5)).hasSameHashCodeAs(BandwidthLimit.ofGigabytes(5));
    assertThat(BandwidthLimit.ofGigabytes(5)).isNotEqualTo(BandwidthLimit.ofGigabytes(6));
  }

  @Test
  void theLimitIsReachedWhenTheUsedBytesEqualIt() {
    BandwidthLimit limit = BandwidthLimit.ofGigabytes(1);

    assertThat(limit.isReachedBy(GB - 1)).isFalse();
    assertThat(limit.isReachedBy(GB)).isTrue();
    assertThat(limit.isReachedBy(GB + 1)).isTrue();
  }

  @Test
  void anUnlimitedLimitIsNeverReached() {
    assertThat(BandwidthLimit.unlimited().isReachedBy(Long.MAX_VALUE)).isFalse();
  }

  @ParameterizedTest(name = "{0} GB is refused")
  @ValueSource(longs = {0, -1, Long.MAX_VALUE})
  void aLimitMustBePositiveAndFitInBytes(long gigabytes) {
    assertThatThrownBy(() -> BandwidthLimit.ofGigabytes(gigabytes))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
