package com.thousandproxy.domain.links;

import static com.thousandproxy.domain.links.LinkTestData.HOST;
import static com.thousandproxy.domain.links.LinkTestData.PUBLIC_KEY;
import static com.thousandproxy.domain.links.LinkTestData.REALITY;
import static com.thousandproxy.domain.links.LinkTestData.REALITY_RANDOM;
import static com.thousandproxy.domain.links.LinkTestData.UUID;
import static com.thousandproxy.domain.links.LinkTestData.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Golden vless:// links: the strings 3x-ui (v2.9-v3.0 sub/subService.go) writes. */
class VlessLinkTest {

  private static final ProxyAccount VISION =
      new ProxyAccount.Vless(UUID, "xtls-rprx-vision", "none");
  private static final ProxyAccount PLAIN = new ProxyAccount.Vless(UUID, "", "none");

  @Test
  void tcp_without_security_has_sorted_encryption_security_and_type() {
    assertThat(link(443, InboundTransport.Tcp.plain(), TransportSecurity.none(), PLAIN))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":443?encryption=none&security=none&type=tcp"
                + "#DE-1-alice");
  }

  @Test
  void flow_is_left_out_when_the_stream_has_no_tls_or_reality() {
    assertThat(link(443, InboundTransport.Tcp.plain(), TransportSecurity.none(), VISION))
        .doesNotContain("flow=");
  }

  @Test
  void tcp_with_http_header_and_tls_carries_flow_alpn_and_escaped_path() {
    var tls = new TransportSecurity.Tls(HOST, List.of("h2", "http/1.1"), "chrome");
    assertThat(link(8443, InboundTransport.Tcp.httpHeader("/", "cdn.example.com"), tls, VISION))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":8443?alpn=h2%2Chttp%2F1.1&encryption=none"
                + "&flow=xtls-rprx-vision&fp=chrome&headerType=http&host=cdn.example.com&path=%2F"
                + "&security=tls&sni=vpn.example.com&type=tcp#DE-1-alice");
  }

  @Test
  void tcp_with_reality_picks_an_allowed_sni_and_short_id_and_a_random_spider_path() {
    String link = link(443, InboundTransport.Tcp.plain(), REALITY, VISION);
    assertThat(link)
        .matches(
            Pattern.quote("vless://" + UUID + "@" + HOST + ":443?encryption=none")
                + "&flow=xtls-rprx-vision&fp=chrome&pbk="
                + PUBLIC_KEY
                + "&security=reality&"
                + REALITY_RANDOM
                + "&type=tcp#DE-1-alice");
  }

  @Test
  void websocket_with_tls_escapes_the_query_in_its_path_and_has_no_flow() {
    var tls = new TransportSecurity.Tls("cdn.example.com", List.of(), "firefox");
    assertThat(link(443, new InboundTransport.Ws("/ws?ed=2048", "cdn.example.com"), tls, VISION))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":443?encryption=none&fp=firefox"
                + "&host=cdn.example.com&path=%2Fws%3Fed%3D2048&security=tls&sni=cdn.example.com"
                + "&type=ws#DE-1-alice");
  }

  @Test
  void grpc_with_reality_always_has_an_authority_even_empty() {
    String link = link(443, new InboundTransport.Grpc("svc", "", false), REALITY, VISION);
    assertThat(link)
        .matches(
            Pattern.quote("vless://" + UUID + "@" + HOST + ":443?authority=&encryption=none")
                + "&fp=chrome&pbk="
                + PUBLIC_KEY
                + "&security=reality&serviceName=svc&"
                + REALITY_RANDOM
                + "&type=grpc#DE-1-alice");
  }

  @Test
  void httpupgrade_without_security_keeps_an_empty_host() {
    assertThat(
            link(80, new InboundTransport.HttpUpgrade("/up", ""), TransportSecurity.none(), PLAIN))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":80?encryption=none&host=&path=%2Fup&security=none"
                + "&type=httpupgrade#DE-1-alice");
  }

  @Test
  void xhttp_with_tls_carries_mode_padding_and_the_extra_json() {
    var xhttp = new InboundTransport.Xhttp("/xh", "", "auto", XhttpPadding.bytes("100-1000"));
    var tls = new TransportSecurity.Tls("xh.example.com", List.of("h2"), "chrome");
    assertThat(link(443, xhttp, tls, VISION, "Frankfurt 🇩🇪-alice@x.io"))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":443?alpn=h2&encryption=none"
                + "&extra=%7B%22xPaddingBytes%22%3A%22100-1000%22%7D&fp=chrome&host=&mode=auto"
                + "&path=%2Fxh&security=tls&sni=xh.example.com&type=xhttp"
                + "&x_padding_bytes=100-1000#Frankfurt%20%F0%9F%87%A9%F0%9F%87%AA-alice@x.io");
  }

  @Test
  void xhttp_obfs_padding_goes_into_extra_with_sorted_keys() {
    var padding = new XhttpPadding("", true, "k", "X-Pad", "", "");
    var xhttp = new InboundTransport.Xhttp("/", "h.example.com", "packet-up", padding);
    assertThat(link(443, xhttp, TransportSecurity.none(), PLAIN))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":443?encryption=none"
                + "&extra=%7B%22xPaddingHeader%22%3A%22X-Pad%22%2C%22xPaddingKey%22%3A%22k%22%2C"
                + "%22xPaddingObfsMode%22%3Atrue%7D&host=h.example.com&mode=packet-up&path=%2F"
                + "&security=none&type=xhttp#DE-1-alice");
  }

  @Test
  void an_inbound_without_encryption_setting_has_no_encryption_parameter_and_no_name_no_fragment() {
    var account = new ProxyAccount.Vless(UUID, "", null);
    assertThat(link(443, InboundTransport.Tcp.plain(), TransportSecurity.none(), account, ""))
        .isEqualTo("vless://" + UUID + "@" + HOST + ":443?security=none&type=tcp");
  }

  @Test
  void tls_without_server_name_or_fingerprint_keys_has_no_sni_or_fp() {
    var tls = new TransportSecurity.Tls(null, List.of(), null);
    assertThat(link(443, InboundTransport.Tcp.plain(), tls, PLAIN))
        .isEqualTo(
            "vless://"
                + UUID
                + "@"
                + HOST
                + ":443?encryption=none&security=tls&type=tcp"
                + "#DE-1-alice");
  }
}
