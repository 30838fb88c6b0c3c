package com.thousandproxy.domain.links;

import static com.thousandproxy.domain.links.LinkTestData.UUID;
import static com.thousandproxy.domain.links.LinkTestData.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden vmess:// links. The expected JSON is written out as Go's {@code json.MarshalIndent} prints
 * the panel's map: sorted keys, two spaces, {@code "key": value}, HTML characters escaped.
 */
class VmessLinkTest {

  private static final ProxyAccount AUTO = new ProxyAccount.Vmess(UUID, "auto");

  private static String vmess(String json) {
    return "vmess://" + Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void tcp_without_security_has_no_host_or_path_keys() {
    assertThat(link(443, InboundTransport.Tcp.plain(), TransportSecurity.none(), AUTO))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "net": "tcp",
                  "port": 443,
                  "ps": "DE-1-alice",
                  "scy": "auto",
                  "tls": "none",
                  "type": "none",
                  "v": "2"
                }"""));
  }

  @Test
  void websocket_with_tls_carries_alpn_fingerprint_and_sni() {
    var tls = new TransportSecurity.Tls("cdn.example.com", List.of("h2", "http/1.1"), "chrome");
    assertThat(link(8443, new InboundTransport.Ws("/ws", "cdn.example.com"), tls, AUTO))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "alpn": "h2,http/1.1",
                  "fp": "chrome",
                  "host": "cdn.example.com",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "net": "ws",
                  "path": "/ws",
                  "port": 8443,
                  "ps": "DE-1-alice",
                  "scy": "auto",
                  "sni": "cdn.example.com",
                  "tls": "tls",
                  "type": "none",
                  "v": "2"
                }"""));
  }

  @Test
  void grpc_puts_the_service_name_in_path_and_multi_mode_in_type() {
    var tls = new TransportSecurity.Tls("g.example.com", List.of(), "");
    var grpc = new InboundTransport.Grpc("vm-grpc", "", true);
    assertThat(link(443, grpc, tls, new ProxyAccount.Vmess(UUID, "")))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "authority": "",
                  "fp": "",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "net": "grpc",
                  "path": "vm-grpc",
                  "port": 443,
                  "ps": "DE-1-alice",
                  "scy": "",
                  "sni": "g.example.com",
                  "tls": "tls",
                  "type": "multi",
                  "v": "2"
                }"""));
  }

  @Test
  void tcp_with_http_header_uses_the_header_type_and_request_path() {
    var tcp = InboundTransport.Tcp.httpHeader("/index", "h.example.com");
    assertThat(link(80, tcp, TransportSecurity.none(), AUTO))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "host": "h.example.com",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "net": "tcp",
                  "path": "/index",
                  "port": 80,
                  "ps": "DE-1-alice",
                  "scy": "auto",
                  "tls": "none",
                  "type": "http",
                  "v": "2"
                }"""));
  }

  @Test
  void httpupgrade_name_with_an_ampersand_is_escaped_as_go_escapes_html() {
    var upgrade = new InboundTransport.HttpUpgrade("/u", "");
    assertThat(link(80, upgrade, TransportSecurity.none(), AUTO, "R&D-bob <1>"))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "host": "",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "net": "httpupgrade",
                  "path": "/u",
                  "port": 80,
                  "ps": "R\\u0026D-bob \\u003c1\\u003e",
                  "scy": "auto",
                  "tls": "none",
                  "type": "none",
                  "v": "2"
                }"""));
  }

  @Test
  void xhttp_with_tls_carries_mode_and_padding_range() {
    var xhttp = new InboundTransport.Xhttp("/xh", "", "auto", XhttpPadding.bytes("100-1000"));
    var tls = new TransportSecurity.Tls("xh.example.com", List.of(), "chrome");
    assertThat(link(443, xhttp, tls, AUTO))
        .isEqualTo(
            vmess(
                """
                {
                  "add": "vpn.example.com",
                  "fp": "chrome",
                  "host": "",
                  "id": "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11",
                  "mode": "auto",
                  "net": "xhttp",
                  "path": "/xh",
                  "port": 443,
                  "ps": "DE-1-alice",
                  "scy": "auto",
                  "sni": "xh.example.com",
                  "tls": "tls",
                  "type": "none",
                  "v": "2",
                  "x_padding_bytes": "100-1000"
                }"""));
  }
}
