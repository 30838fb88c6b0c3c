package com.thousandproxy.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.server.ServerId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdsTest {

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(longs = {0, -1})
  void anIdIsAPositiveNumber(long value) {
    assertThatThrownBy(() -> new PlanId(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PlanId");
  }

  @Test
  void idsAreValuesComparedByNumber() {
    assertThat(new ServerId(7)).isEqualTo(new ServerId(7)).isNotEqualTo(new ServerId(8));
  }
}
