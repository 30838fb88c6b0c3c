package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void lettersDigitsAndDotUnderscoreColonDashUpTo64AreSafe() {
    assertThat(RequestIds.isSafe("a")).isTrue();
    assertThat(RequestIds.isSafe("Req-1.2_3:x")).isTrue();
    assertThat(RequestIds.isSafe("x".repeat(64))).isTrue();
  }

  @Test
  void emptyLongOrInjectableValuesAreNotSafe() {
    assertThat(RequestIds.isSafe(null)).isFalse();
    assertThat(RequestIds.isSafe("")).isFalse();
    assertThat(RequestIds.isSafe("x".repeat(65))).isFalse();
    assertThat(RequestIds.isSafe("a\nfake log line")).isFalse();
    assertThat(RequestIds.isSafe("a\"b")).isFalse();
    assertThat(RequestIds.isSafe("ü")).isFalse();
  }

  @Test
  void anUnsafeValueIsReplacedByAFreshId() {
    assertThat(RequestIds.acceptOrGenerate("ok-1")).isEqualTo("ok-1");
    assertThat(RequestIds.acceptOrGenerate("not ok")).matches("[0-9a-f]{32}");
    assertThat(RequestIds.generate()).isNotEqualTo(RequestIds.generate());
  }
}
