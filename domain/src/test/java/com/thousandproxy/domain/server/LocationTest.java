package com.thousandproxy.domain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {

  @Test
  void aCountryCodeIsHeldInUpperCase() {
    assertThat(Location.of(" de ")).isEqualTo(Location.of("DE")).hasToString("DE");
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"", "XX", "DEU", "Germany"})
  void onlyIsoAlpha2CodesAreLocations(String code) {
    assertThatThrownBy(() -> Location.of(code)).isInstanceOf(IllegalArgumentException.class);
  }
}
