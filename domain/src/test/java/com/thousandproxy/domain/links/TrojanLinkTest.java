package com.thousandproxy.domain.links;

import static com.thousandproxy.domain.links.LinkTestData.HOST;
import static com.thousandproxy.domain.links.LinkTestData.PUBLIC_KEY;
import static com.thousandproxy.domain.links.LinkTestData.REALITY;
import static com.thousandproxy.domain.links.LinkTestData.REALITY_RANDOM;
import static com.thousandproxy.domain.links.LinkTestData.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Golden trojan:// links. */
class TrojanLinkTest {

  private static final ProxyAccount TROJAN = new ProxyAccount.Trojan("Tr0janPass", "");

  @Test
  void tcp_with_tls_keeps_an_empty_fingerprint_and_never_carries_flow() {
    var tls = new TransportSecurity.Tls("t.example.com", List.of(), "");
    var withFlow = new ProxyAccount.Trojan("Tr0janPass", "xtls-rprx-vision");
    assertThat(link(443, InboundTransport.Tcp.plain(), tls, withFlow))
        .isEqualTo(
            "trojan://Tr0janPass@"
                + HOST
                + ":443?fp=&security=tls&sni=t.example.com&type=tcp"
                + "#DE-1-alice");
  }

  @Test
  void tcp_with_reality_carries_the_flow() {
    var withFlow = new ProxyAccount.Trojan("Tr0janPass", "xtls-rprx-vision");
    assertThat(link(443, InboundTransport.Tcp.plain(), REALITY, withFlow))
        .matches(
            Pattern.quote("trojan://Tr0janPass@" + HOST + ":443?flow=xtls-rprx-vision&fp=chrome")
                + "&pbk="
                + PUBLIC_KEY
                + "&security=reality&"
                + REALITY_RANDOM
                + "&type=tcp#DE-1-alice");
  }

  @Test
  void grpc_in_multi_mode_without_security() {
    var grpc = new InboundTransport.Grpc("grpc-svc", "a.example.com", true);
    assertThat(link(2083, grpc, TransportSecurity.none(), TROJAN))
        .isEqualTo(
            "trojan://Tr0janPass@"
                + HOST
                + ":2083?authority=a.example.com&mode=multi"
                + "&security=none&serviceName=grpc-svc&type=grpc#DE-1-alice");
  }

  @Test
  void websocket_password_is_escaped_as_go_escapes_user_info() {
    var account = new ProxyAccount.Trojan("p@ss:word", "");
    assertThat(link(443, new InboundTransport.Ws("/", ""), TransportSecurity.none(), account, "t"))
        .isEqualTo("trojan://p%40ss:word@" + HOST + ":443?host=&path=%2F&security=none&type=ws#t");
  }

  @Test
  void httpupgrade_and_xhttp_with_tls() {
    var tls = new TransportSecurity.Tls(HOST, List.of("http/1.1"), "chrome");
    assertThat(link(443, new InboundTransport.HttpUpgrade("/u", "cdn.example.com"), tls, TROJAN))
        .isEqualTo(
            "trojan://Tr0janPass@"
                + HOST
                + ":443?alpn=http%2F1.1&fp=chrome"
                + "&host=cdn.example.com&path=%2Fu&security=tls&sni=vpn.example.com"
                + "&type=httpupgrade#DE-1-alice");
    var xhttp = new InboundTransport.Xhttp("/x", "", "stream-one", XhttpPadding.NONE);
    assertThat(link(443, xhttp, tls, TROJAN))
        .isEqualTo(
            "trojan://Tr0janPass@"
                + HOST
                + ":443?alpn=http%2F1.1&fp=chrome&host=&mode=stream-one"
                + "&path=%2Fx&security=tls&sni=vpn.example.com&type=xhttp#DE-1-alice");
  }
}
