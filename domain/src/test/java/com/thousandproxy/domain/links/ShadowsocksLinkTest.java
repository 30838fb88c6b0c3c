package com.thousandproxy.domain.links;

import static com.thousandproxy.domain.links.LinkTestData.HOST;
import static com.thousandproxy.domain.links.LinkTestData.REALITY;
import static com.thousandproxy.domain.links.LinkTestData.link;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden ss:// links: padded standard base64 user info, no {@code security} unless TLS. */
class ShadowsocksLinkTest {

  private static final String SERVER_KEY_256 = "c2VydmVyS2V5U2VydmVyS2V5U2VydmVyS2V5MTIzNDU=";
  private static final String CLIENT_KEY_256 = "Y2xpZW50S2V5Q2xpZW50S2V5Q2xpZW50S2V5MTIzNDU=";

  @Test
  void a_classic_cipher_encodes_method_and_client_password() {
    var account = new ProxyAccount.Shadowsocks("aes-256-gcm", "", "ClientPass123");
    assertThat(link(8388, InboundTransport.Tcp.plain(), TransportSecurity.none(), account))
        .isEqualTo(
            "ss://YWVzLTI1Ni1nY206Q2xpZW50UGFzczEyMw==@" + HOST + ":8388?type=tcp#DE-1-alice");
  }

  @Test
  void a_2022_cipher_encodes_the_server_key_and_the_client_key() {
    var account =
        new ProxyAccount.Shadowsocks("2022-blake3-aes-256-gcm", SERVER_KEY_256, CLIENT_KEY_256);
    assertThat(link(8388, InboundTransport.Tcp.plain(), TransportSecurity.none(), account))
        .isEqualTo(
            "ss://MjAyMi1ibGFrZTMtYWVzLTI1Ni1nY206YzJWeWRtVnlTMlY1VTJWeWRtVnlTMlY1VTJWeWRtVnlTMlY1"
                + "TVRJek5EVT06WTJ4cFpXNTBTMlY1UTJ4cFpXNTBTMlY1UTJ4cFpXNTBTMlY1TVRJek5EVT0=@"
                + HOST
                + ":8388?type=tcp#DE-1-alice");
  }

  @Test
  void websocket_with_tls_adds_the_tls_parameters() {
    var account =
        new ProxyAccount.Shadowsocks(
            "2022-blake3-aes-128-gcm", "U2VydmVyS2V5MTIzNDU2Nw==", "Q2xpZW50S2V5MTIzNDU2Nw==");
    var tls = new TransportSecurity.Tls(HOST, List.of(), "chrome");
    assertThat(link(443, new InboundTransport.Ws("/ss", HOST), tls, account))
        .isEqualTo(
            "ss://MjAyMi1ibGFrZTMtYWVzLTEyOC1nY206VTJWeWRtVnlTMlY1TVRJek5EVTJOdz09OlEyeHBaVzUwUzJW"
                + "NU1USXpORFUyTnc9PQ==@"
                + HOST
                + ":443?fp=chrome&host=vpn.example.com&path=%2Fss&security=tls&sni=vpn.example.com"
                + "&type=ws#DE-1-alice");
  }

  @Test
  void a_slash_in_the_base64_user_info_is_kept_as_the_panel_keeps_it() {
    var account = new ProxyAccount.Shadowsocks("chacha20-ietf-poly1305", "", "s3cr3t?/+");
    var grpc = new InboundTransport.Grpc("ss-grpc", "", false);
    assertThat(link(8443, grpc, TransportSecurity.none(), account))
        .isEqualTo(
            "ss://Y2hhY2hhMjAtaWV0Zi1wb2x5MTMwNTpzM2NyM3Q/Lys=@"
                + HOST
                + ":8443?authority=&serviceName=ss-grpc&type=grpc#DE-1-alice");
  }

  @Test
  void reality_is_not_applied_to_shadowsocks_links() {
    var account = new ProxyAccount.Shadowsocks("aes-256-gcm", "", "ClientPass123");
    assertThat(link(8388, InboundTransport.Tcp.plain(), REALITY, account))
        .isEqualTo(
            "ss://YWVzLTI1Ni1nY206Q2xpZW50UGFzczEyMw==@" + HOST + ":8388?type=tcp#DE-1-alice");
  }

  @Test
  void httpupgrade_and_xhttp_carry_their_path_and_host() {
    var account = new ProxyAccount.Shadowsocks("aes-256-gcm", "", "ClientPass123");
    assertThat(
            link(80, new InboundTransport.HttpUpgrade("/h", ""), TransportSecurity.none(), account))
        .isEqualTo(
            "ss://YWVzLTI1Ni1nY206Q2xpZW50UGFzczEyMw==@"
                + HOST
                + ":80?host=&path=%2Fh&type=httpupgrade#DE-1-alice");
    var xhttp = new InboundTransport.Xhttp("/x", "", "auto", XhttpPadding.NONE);
    assertThat(link(80, xhttp, TransportSecurity.none(), account))
        .isEqualTo(
            "ss://YWVzLTI1Ni1nY206Q2xpZW50UGFzczEyMw==@"
                + HOST
                + ":80?host=&mode=auto&path=%2Fx&type=xhttp#DE-1-alice");
  }
}
