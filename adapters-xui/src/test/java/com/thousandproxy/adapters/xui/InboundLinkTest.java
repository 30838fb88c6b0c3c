package com.thousandproxy.adapters.xui;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.LinkName;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A panel's inbound JSON, parsed here, gives the link the panel itself would show. */
class InboundLinkTest {

  private static final String WS_TLS_INBOUND =
      """
      {"id":3,"remark":"NL-2","enable":true,"listen":"","port":8443,"protocol":"vless",
       "settings":"{\\"clients\\":[{\\"id\\":\\"5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11\\",\\"email\\":\\"o7\\",\\"flow\\":\\"\\",\\"enable\\":true,\\"subId\\":\\"s7\\",\\"tgId\\":\\"\\"}],\\"decryption\\":\\"none\\",\\"encryption\\":\\"none\\"}",
       "streamSettings":"{\\"network\\":\\"ws\\",\\"security\\":\\"tls\\",\\"tlsSettings\\":{\\"serverName\\":\\"nl.example.com\\",\\"alpn\\":[\\"h2\\",\\"http/1.1\\"],\\"certificates\\":[],\\"settings\\":{\\"fingerprint\\":\\"chrome\\"}},\\"wsSettings\\":{\\"path\\":\\"/ws\\",\\"host\\":\\"\\",\\"headers\\":{\\"Host\\":\\"cdn.example.com\\"}}}"}
      """;

  @Test
  void a_websocket_tls_inbound_from_the_panel_gives_the_panels_link() {
    PanelInbound inbound = PanelModelParser.inbound(XuiJson.parse(WS_TLS_INBOUND));

    assertThat(inbound.stream().transport())
        .isEqualTo(new InboundTransport.Ws("/ws", "cdn.example.com"));
    assertThat(inbound.stream().security()).isInstanceOf(TransportSecurity.Tls.class);
    var client = inbound.clients().get(0);
    String link =
        new ShareLinkBuilder(new SplittableRandom(1))
            .build(
                new ShareLinkSpec(
                    "nl.example.com",
                    inbound.port(),
                    inbound.stream(),
                    new ProxyAccount.Vless(client.uuid(), client.flow(), inbound.vlessEncryption()),
                    LinkName.of(inbound.remark(), client.email())));

    assertThat(link)
        .isEqualTo(
            "vless://5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11@nl.example.com:8443?alpn=h2%2Chttp%2F1.1"
                + "&encryption=none&fp=chrome&host=cdn.example.com&path=%2Fws&security=tls"
                + "&sni=nl.example.com&type=ws#NL-2-o7");
  }
}
