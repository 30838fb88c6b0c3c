package com.thousandproxy.adapters.persistence.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.server.InboundLinkSettings;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import com.thousandproxy.domain.links.XhttpPadding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LinkSettingsJsonTest {

  static List<StreamSettings> streams() {
    var reality =
        new TransportSecurity.Reality(
            List.of("www.amazon.com", "amazon.com"),
            List.of("0c", ""),
            "pubKey",
            "chrome",
            "mldsa");
    var tls = new TransportSecurity.Tls("de1.example.com", List.of("h2", "http/1.1"), null);
    return List.of(
        new StreamSettings(InboundTransport.Tcp.plain(), reality),
        new StreamSettings(
            InboundTransport.Tcp.httpHeader("/", "cdn.example.com"), new TransportSecurity.None()),
        new StreamSettings(new InboundTransport.Ws("/ws", "h.example.com"), tls),
        new StreamSettings(new InboundTransport.Grpc("svc", "auth", true), tls),
        new StreamSettings(new InboundTransport.HttpUpgrade("/up", ""), tls),
        new StreamSettings(
            new InboundTransport.Xhttp("/x", "h", "auto", XhttpPadding.bytes("100-1000")),
            reality));
  }

  @ParameterizedTest
  @MethodSource("streams")
  void everyStreamReadsBackAsItWasStored(StreamSettings stream) {
    var link = new InboundLinkSettings("", stream, "none", null, null);

    var read =
        LinkSettingsJson.read(LinkSettingsJson.settings(link), LinkSettingsJson.stream(link));

    assertThat(read).isEqualTo(link);
  }

  @Test
  void theInboundSettingsKeepListenAddressAndShadowsocksKeyButNoClients() {
    var link =
        new InboundLinkSettings(
            "10.0.0.5", null, null, "2022-blake3-aes-256-gcm", "c2VydmVyLWtleQ==");

    String settings = LinkSettingsJson.settings(link);

    assertThat(settings).doesNotContain("clients");
    assertThat(LinkSettingsJson.read(settings, null)).isEqualTo(link);
    assertThat(LinkSettingsJson.stream(link)).isNull();
  }

  @Test
  void anUnreadableDocumentIsAnUnknownStreamNotAnError() {
    var read =
        LinkSettingsJson.read(
            "{\"clients\": []}", "{\"network\": \"tcp\", \"security\": \"reality\"}");

    assertThat(read.stream()).isNull();
    assertThat(read.listen()).isEmpty();
    assertThat(LinkSettingsJson.read("not json", "[").stream()).isNull();
  }
}
