package com.thousandproxy.domain.server;

import static com.thousandproxy.domain.server.ServerTestData.anInbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.catalog.Protocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundTest {

  private static Inbound inbound(int port, String network, String security) {
    return new Inbound(
        new InboundId(1), new ServerId(1), 3, Protocol.TROJAN, port, null, network, security);
  }

  @Test
  void missingTransportAndSecurityDefaultToPlainTcp() {
    Inbound inbound = inbound(443, null, " ");

    assertThat(inbound.network()).isEqualTo("tcp");
    assertThat(inbound.security()).isEqualTo("none");
    assertThat(inbound.remark()).isEmpty();
  }

  @Test
  void transportAndSecurityAreLowerCased() {
    Inbound inbound = inbound(443, "WS", "TLS");

    assertThat(inbound.network()).isEqualTo("ws");
    assertThat(inbound.security()).isEqualTo("tls");
  }

  @ParameterizedTest(name = "port {0} is refused")
  @ValueSource(ints = {0, 65_536})
  void thePortMustBeATcpPort(int port) {
    assertThatThrownBy(() -> inbound(port, "tcp", "none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }

  @Test
  void anInboundKnowsItsServer() {
    assertThat(anInbound(1, Protocol.VLESS).isOn(new ServerId(1))).isTrue();
    assertThat(anInbound(1, Protocol.VLESS).isOn(new ServerId(2))).isFalse();
  }
}
