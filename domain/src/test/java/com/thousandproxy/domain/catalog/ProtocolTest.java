package com.thousandproxy.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProtocolTest {

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void everyProtocolIsFoundByItsWireName(Protocol protocol) {
    assertThat(Protocol.fromWireName(protocol.wireName())).contains(protocol);
  }

  @Test
  void theWireNameIsReadWithoutCaseOrSpaces() {
    assertThat(Protocol.fromWireName(" VLESS ")).contains(Protocol.VLESS);
  }

  @Test
  void anUnknownOrMissingNameIsEmpty() {
    assertThat(Protocol.fromWireName("wireguard")).isEmpty();
    assertThat(Protocol.fromWireName(null)).isEmpty();
  }
}
