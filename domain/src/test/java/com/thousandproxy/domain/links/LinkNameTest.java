package com.thousandproxy.domain.links;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkNameTest {

  @Test
  void joins_inbound_remark_and_email_with_a_dash() {
    assertThat(LinkName.of("DE-1", "alice")).isEqualTo("DE-1-alice");
  }

  @Test
  void leaves_out_empty_parts() {
    assertThat(LinkName.of("", "alice")).isEqualTo("alice");
    assertThat(LinkName.of("DE-1", null)).isEqualTo("DE-1");
  }
}
