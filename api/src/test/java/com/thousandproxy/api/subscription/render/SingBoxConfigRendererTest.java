package com.thousandproxy.api.subscription.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.subscription.LinkSpecs;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SingBoxConfigRendererTest {

  private static final Set<String> PROXY_TYPES = Set.of("vless", "vmess", "trojan", "shadowsocks");
  private static final Set<String> TRANSPORTS = Set.of("ws", "grpc", "httpupgrade", "http");

  /** Every link sing-box can express: all but XHTTP and TCP with an HTTP header. */
  private static final List<ShareLinkSpec> EXPRESSIBLE =
      LinkSpecs.ALL.stream()
          .filter(s -> s != LinkSpecs.VLESS_XHTTP_REALITY && s != LinkSpecs.VMESS_TCP_HTTP)
          .toList();

  private final SingBoxConfigRenderer renderer = new SingBoxConfigRenderer();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void theConfigParsesAsJsonWithOneValidOutboundPerLink() {
    JsonNode config = json.readTree(renderer.render(EXPRESSIBLE));

    List<JsonNode> proxies = proxies(config);
    assertThat(proxies).hasSize(EXPRESSIBLE.size());
    for (JsonNode outbound : proxies) {
      assertThat(PROXY_TYPES).contains(outbound.get("type").asString());
      assertThat(outbound.get("tag").asString()).isNotBlank();
      assertThat(outbound.get("server").asString()).isEqualTo(LinkSpecs.HOST);
      assertThat(outbound.get("server_port").isInt()).isTrue();
      assertThat(outbound.get("server_port").asInt()).isBetween(1, 65_535);
      if (outbound.has("tls")) {
        assertThat(outbound.at("/tls/enabled").asBoolean()).isTrue();
      }
      if (outbound.has("transport")) {
        assertThat(TRANSPORTS).contains(outbound.at("/transport/type").asString());
      }
    }
  }

  @Test
  void realityCarriesServerNameUtlsAndTheRealityBlock() {
    JsonNode outbound = only(LinkSpecs.VLESS_REALITY_VISION);

    assertThat(outbound.get("type").asString()).isEqualTo("vless");
    assertThat(outbound.get("uuid").asString()).isEqualTo(LinkSpecs.UUID);
    assertThat(outbound.get("flow").asString()).isEqualTo("xtls-rprx-vision");
    assertThat(outbound.at("/tls/server_name").asString()).isEqualTo("www.amazon.com");
    assertThat(outbound.at("/tls/utls/enabled").asBoolean()).isTrue();
    assertThat(outbound.at("/tls/utls/fingerprint").asString()).isEqualTo("chrome");
    assertThat(outbound.at("/tls/reality/enabled").asBoolean()).isTrue();
    assertThat(outbound.at("/tls/reality/public_key").asString()).isEqualTo(LinkSpecs.PUBLIC_KEY);
    assertThat(outbound.at("/tls/reality/short_id").asString()).isEqualTo("a1b2");
    assertThat(outbound.has("transport")).isFalse();
  }

  @Test
  void webSocketEarlyDataInThePathBecomesSingBoxOptions() {
    JsonNode outbound = only(LinkSpecs.VLESS_WS_TLS);

    assertThat(outbound.at("/transport/type").asString()).isEqualTo("ws");
    assertThat(outbound.at("/transport/path").asString()).isEqualTo("/ws");
    assertThat(outbound.at("/transport/max_early_data").asInt()).isEqualTo(2048);
    assertThat(outbound.at("/transport/early_data_header_name").asString())
        .isEqualTo("Sec-WebSocket-Protocol");
    assertThat(outbound.at("/transport/headers/Host").asString()).isEqualTo("cdn.example.com");
    assertThat(outbound.at("/tls/server_name").asString()).isEqualTo("vpn.example.com");
    assertThat(outbound.at("/tls").has("alpn")).as("ws must stay on HTTP/1.1").isFalse();
    assertThat(outbound.has("flow")).isFalse();
  }

  @Test
  void grpcAndHttpUpgradeTransportsCarryTheirOwnFields() {
    assertThat(only(LinkSpecs.VLESS_GRPC_REALITY).at("/transport/service_name").asString())
        .isEqualTo("grpc-svc");
    JsonNode upgrade = only(LinkSpecs.VMESS_HTTPUPGRADE_TLS);
    assertThat(upgrade.at("/transport/type").asString()).isEqualTo("httpupgrade");
    assertThat(upgrade.at("/transport/host").asString()).isEqualTo("vpn.example.com");
    assertThat(upgrade.at("/transport/path").asString()).isEqualTo("/up");
    assertThat(upgrade.get("security").asString()).isEqualTo("chacha20-poly1305");
    assertThat(upgrade.get("alter_id").asInt()).isZero();
  }

  @Test
  void shadowsocksAndTrojanCarryTheirCredentials() {
    JsonNode ss = only(LinkSpecs.SS_2022);
    assertThat(ss.get("type").asString()).isEqualTo("shadowsocks");
    assertThat(ss.get("method").asString()).isEqualTo("2022-blake3-aes-256-gcm");
    assertThat(ss.get("password").asString()).contains(":");
    assertThat(only(LinkSpecs.SS_AEAD).get("method").asString())
        .isEqualTo("chacha20-ietf-poly1305");
    JsonNode trojan = only(LinkSpecs.TROJAN_TCP_TLS);
    assertThat(trojan.get("password").asString()).isEqualTo("tr0jan:pass#word");
    assertThat(trojan.at("/tls/enabled").asBoolean()).isTrue();
    assertThat(trojan.at("/tls/alpn/0").asString()).isEqualTo("h2");
  }

  @Test
  void aSelectorOverUrlTestAndEveryLinkIsTheRoutesFinalOutbound() {
    JsonNode config = json.readTree(renderer.render(EXPRESSIBLE));

    JsonNode selector = outbound(config, "proxy");
    assertThat(selector.get("type").asString()).isEqualTo("selector");
    List<String> choices = strings(selector.get("outbounds"));
    assertThat(choices.get(0)).isEqualTo("auto");
    assertThat(choices.subList(1, choices.size()))
        .containsExactlyElementsOf(
            proxies(config).stream().map(p -> p.get("tag").asString()).toList());
    assertThat(outbound(config, "auto").get("type").asString()).isEqualTo("urltest");
    assertThat(outbound(config, "direct").get("type").asString()).isEqualTo("direct");
    assertThat(config.at("/route/final").asString()).isEqualTo("proxy");
    assertThat(config.at("/inbounds/0/type").asString()).isEqualTo("mixed");
    assertThat(config.at("/inbounds/0/listen").asString()).isEqualTo("127.0.0.1");
  }

  @Test
  void xhttpAndTcpWithAnHttpHeaderAreLeftOut() {
    JsonNode config =
        json.readTree(
            renderer.render(
                List.of(
                    LinkSpecs.VLESS_XHTTP_REALITY, LinkSpecs.VMESS_TCP_HTTP, LinkSpecs.SS_AEAD)));

    assertThat(proxies(config)).extracting(p -> p.get("tag").asString()).containsExactly("DE-1 ss");
  }

  @Test
  void withoutLinksEverythingIsRejectedAndNothingGoesDirect() {
    JsonNode config = json.readTree(renderer.render(List.of()));

    assertThat(strings(config.get("outbounds").findValues("tag").stream().toList()))
        .containsExactly("direct");
    assertThat(config.at("/route/rules/1/action").asString()).isEqualTo("reject");
    assertThat(config.at("/route/rules/1/inbound/0").asString()).isEqualTo("mixed-in");
  }

  private JsonNode only(ShareLinkSpec spec) {
    return proxies(json.readTree(renderer.render(List.of(spec)))).get(0);
  }

  private static List<JsonNode> proxies(JsonNode config) {
    List<JsonNode> proxies = new ArrayList<>();
    config
        .get("outbounds")
        .forEach(
            o -> {
              if (PROXY_TYPES.contains(o.get("type").asString())) {
                proxies.add(o);
              }
            });
    return proxies;
  }

  private static JsonNode outbound(JsonNode config, String tag) {
    for (JsonNode o : config.get("outbounds")) {
      if (o.get("tag").asString().equals(tag)) {
        return o;
      }
    }
    throw new AssertionError("no outbound " + tag);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }

  private static List<String> strings(List<JsonNode> nodes) {
    return nodes.stream().map(JsonNode::asString).toList();
  }
}
