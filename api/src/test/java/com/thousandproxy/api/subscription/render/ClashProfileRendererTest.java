package com.thousandproxy.api.subscription.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.subscription.LinkSpecs;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

@SuppressWarnings("unchecked")
class ClashProfileRendererTest {

  /**
   * The keys mihomo refuses a proxy without: the fields of its option structs whose {@code proxy}
   * tag has no {@code omitempty} (adapter/outbound/{shadowsocks,vmess,vless,trojan}.go; the decoder
   * in common/structure reports "key 'x' missing" for them), plus {@code type}, which
   * adapter/parser.go reads first.
   */
  private static final Map<String, Set<String>> REQUIRED =
      Map.of(
          "ss", Set.of("name", "type", "server", "port", "password", "cipher"),
          "vmess", Set.of("name", "type", "server", "port", "uuid", "alterId", "cipher"),
          "vless", Set.of("name", "type", "server", "port", "uuid"),
          "trojan", Set.of("name", "type", "server", "port", "password"));

  /** RealityOptions: both keys are required once {@code reality-opts} is there. */
  private static final Set<String> REALITY_REQUIRED = Set.of("public-key", "short-id");

  /** The option block mihomo reads for each {@code network}. */
  private static final Map<String, String> NETWORK_OPTIONS =
      Map.of(
          "ws", "ws-opts",
          "grpc", "grpc-opts",
          "http", "http-opts",
          "h2", "h2-opts",
          "xhttp", "xhttp-opts");

  private static final Set<String> CIPHERS_2022 =
      Set.of("2022-blake3-aes-128-gcm", "2022-blake3-aes-256-gcm", "2022-blake3-chacha20-poly1305");

  private final ClashProfileRenderer renderer = new ClashProfileRenderer();

  @Test
  void theProfileParsesAsYamlAndEveryProxyHasWhatMihomoRequiresForItsType() {
    List<Map<String, Object>> proxies = proxies(renderer.render("Plan", LinkSpecs.ALL, true));

    assertThat(proxies).hasSize(LinkSpecs.ALL.size());
    for (Map<String, Object> proxy : proxies) {
      String type = (String) proxy.get("type");
      assertThat(REQUIRED).as("known type of %s", proxy.get("name")).containsKey(type);
      assertThat(proxy).as("proxy %s", proxy.get("name")).containsKeys(keys(REQUIRED.get(type)));
      assertThat(proxy.get("port")).isInstanceOf(Integer.class);
      assertThat(proxy.get("server")).isEqualTo(LinkSpecs.HOST);
      if (proxy.containsKey("reality-opts")) {
        assertThat((Map<String, Object>) proxy.get("reality-opts"))
            .containsKeys(keys(REALITY_REQUIRED));
        assertThat(proxy).containsKey("client-fingerprint");
        assertThat(proxy.get("tls")).isEqualTo(type.equals("trojan") ? null : true);
      }
      String network = (String) proxy.getOrDefault("network", "tcp");
      if (NETWORK_OPTIONS.containsKey(network)) {
        assertThat(proxy)
            .as("%s over %s", proxy.get("name"), network)
            .containsKey(NETWORK_OPTIONS.get(network));
      }
    }
  }

  @Test
  void vlessRealityWithVisionCarriesUuidFlowServerNameAndRealityOptions() {
    Map<String, Object> proxy = only(LinkSpecs.VLESS_REALITY_VISION);

    assertThat(proxy)
        .containsEntry("type", "vless")
        .containsEntry("uuid", LinkSpecs.UUID)
        .containsEntry("flow", "xtls-rprx-vision")
        .containsEntry("tls", true)
        .containsEntry("servername", "www.amazon.com")
        .containsEntry("client-fingerprint", "chrome")
        .containsEntry("network", "tcp")
        .containsEntry(
            "reality-opts", Map.of("public-key", LinkSpecs.PUBLIC_KEY, "short-id", "a1b2"));
  }

  @Test
  void vlessOverWebSocketWithTlsCarriesPathHostAlpnAndNoFlow() {
    Map<String, Object> proxy = only(LinkSpecs.VLESS_WS_TLS);

    assertThat(proxy)
        .containsEntry("network", "ws")
        .containsEntry(
            "ws-opts", Map.of("path", "/ws?ed=2048", "headers", Map.of("Host", "cdn.example.com")))
        .containsEntry("servername", "vpn.example.com")
        .doesNotContainKey("alpn")
        .doesNotContainKey("flow");
    assertThat(only(LinkSpecs.TROJAN_TCP_TLS)).containsEntry("alpn", List.of("h2", "http/1.1"));
  }

  @Test
  void grpcXhttpHttpUpgradeAndTcpHttpHeaderUseMihomosOptionNames() {
    assertThat(only(LinkSpecs.VLESS_GRPC_REALITY))
        .containsEntry("grpc-opts", Map.of("grpc-service-name", "grpc-svc"));
    assertThat(only(LinkSpecs.VLESS_XHTTP_REALITY))
        .containsEntry("network", "xhttp")
        .containsEntry("xhttp-opts", Map.of("path", "/xh", "x-padding-bytes", "100-1000"));
    assertThat(only(LinkSpecs.VMESS_HTTPUPGRADE_TLS))
        .containsEntry("network", "ws")
        .containsEntry(
            "ws-opts",
            Map.of(
                "path",
                "/up",
                "headers",
                Map.of("Host", "vpn.example.com"),
                "v2ray-http-upgrade",
                true));
    assertThat(only(LinkSpecs.VMESS_TCP_HTTP))
        .containsEntry("network", "http")
        .containsEntry(
            "http-opts",
            Map.of(
                "method",
                "GET",
                "path",
                List.of("/index"),
                "headers",
                Map.of("Host", List.of("www.bing.com"))));
  }

  @Test
  void vmessHasAlterIdZeroAndItsCipherAutoWhenTheClientHasNone() {
    assertThat(only(LinkSpecs.VMESS_TCP_HTTP))
        .containsEntry("alterId", 0)
        .containsEntry("cipher", "auto");
    assertThat(only(LinkSpecs.VMESS_HTTPUPGRADE_TLS)).containsEntry("cipher", "chacha20-poly1305");
  }

  @Test
  void trojanUsesSniAndItsPasswordVerbatim() {
    assertThat(only(LinkSpecs.TROJAN_TCP_TLS))
        .containsEntry("password", "tr0jan:pass#word")
        .containsEntry("sni", "vpn.example.com")
        .doesNotContainKey("servername");
  }

  @Test
  void shadowsocksUsesTheIetfCipherNameAnd2022CiphersJoinServerAndUserKeys() {
    assertThat(only(LinkSpecs.SS_AEAD))
        .containsEntry("cipher", "chacha20-ietf-poly1305")
        .containsEntry("password", "ss-client-pass");
    Map<String, Object> ss2022 = only(LinkSpecs.SS_2022);
    assertThat(CIPHERS_2022).contains((String) ss2022.get("cipher"));
    assertThat(ss2022)
        .containsEntry(
            "password",
            "c2VydmVyS2V5MzJieXRlc2xvbmdzZXJ2ZXJLZXkzMmI=:dXNlcktleTMyYnl0ZXNsb25ndXNlcktleTMyYnl0ZXM=");
  }

  @Test
  void namesWithColonsQuotesAndUnicodeSurviveAndDuplicatesBecomeUnique() {
    String tricky = "🇩🇪 Berlin: \"fast\" #1 & *star";
    List<ShareLinkSpec> links =
        List.of(
            LinkSpecs.named(LinkSpecs.VLESS_WS_TLS, tricky),
            LinkSpecs.named(LinkSpecs.VMESS_WS_NONE, tricky),
            LinkSpecs.named(LinkSpecs.SS_AEAD, "0o17"),
            LinkSpecs.named(LinkSpecs.TROJAN_TCP_TLS, "Proxy"));

    String yaml = renderer.render("Plan", links, true);
    List<Map<String, Object>> proxies = proxies(yaml);

    assertThat(proxies)
        .extracting(p -> p.get("name"))
        .containsExactly(tricky, tricky + " 2", "0o17", "Proxy 2");
    assertThat(yaml).contains("name: \"0o17\"");
    List<Map<String, Object>> groups = groups(yaml);
    assertThat((List<String>) groups.get(0).get("proxies"))
        .containsExactly("Auto", tricky, tricky + " 2", "0o17", "Proxy 2");
  }

  @Test
  void theSelectGroupListsAnUrlTestGroupAndEveryProxyAndTheRulesEndInIt() {
    String yaml = renderer.render("Plan", LinkSpecs.ALL, true);
    Map<String, Object> profile = new Yaml().load(yaml);
    List<Map<String, Object>> groups = groups(yaml);
    Set<String> names =
        proxies(yaml).stream().map(p -> (String) p.get("name")).collect(Collectors.toSet());

    assertThat(groups.get(0)).containsEntry("name", "Proxy").containsEntry("type", "select");
    assertThat(groups.get(1)).containsEntry("name", "Auto").containsEntry("type", "url-test");
    assertThat((List<String>) groups.get(1).get("proxies"))
        .containsExactlyInAnyOrderElementsOf(names);
    List<String> rules = (List<String>) profile.get("rules");
    assertThat(rules).last().isEqualTo("MATCH,Proxy");
    assertThat(profile).containsKeys("mixed-port", "mode");
  }

  @Test
  void xhttpIsLeftOutWithACommentForAClientWithoutIt() {
    String yaml =
        renderer.render(
            "Plan", List.of(LinkSpecs.VLESS_XHTTP_REALITY, LinkSpecs.VLESS_WS_TLS), false);

    assertThat(proxies(yaml)).extracting(p -> p.get("name")).containsExactly("DE-1 vless ws");
    assertThat(yaml).contains("# skipped DE-1 vless xhttp: XHTTP is not supported");
  }

  @Test
  void linksNoClashCoreCanExpressAreLeftOutRatherThanRenderedWrong() {
    List<ShareLinkSpec> links =
        List.of(
            LinkSpecs.spec(
                443,
                InboundTransport.Tcp.plain(),
                TransportSecurity.none(),
                new ProxyAccount.Trojan("pw", ""),
                "plain trojan"),
            LinkSpecs.spec(
                8388,
                new InboundTransport.Ws("/ss", ""),
                TransportSecurity.none(),
                new ProxyAccount.Shadowsocks("aes-128-gcm", "", "pw"),
                "ss over ws"));

    String yaml = renderer.render("Plan", links, true);

    assertThat(proxies(yaml)).isEmpty();
    assertThat(yaml).contains("# skipped plain trojan").contains("# skipped ss over ws");
  }

  @Test
  void withoutLinksTheProfileStillLoadsAndRejectsInsteadOfGoingDirect() {
    String yaml = renderer.render("Plan", List.of(), true);

    assertThat(proxies(yaml)).isEmpty();
    assertThat(groups(yaml))
        .singleElement()
        .satisfies(g -> assertThat(g).containsEntry("proxies", List.of("REJECT")));
  }

  private Map<String, Object> only(ShareLinkSpec spec) {
    return proxies(renderer.render("Plan", List.of(spec), true)).get(0);
  }

  private static List<Map<String, Object>> proxies(String yaml) {
    Map<String, Object> profile = new Yaml().load(yaml);
    return (List<Map<String, Object>>) profile.get("proxies");
  }

  private static List<Map<String, Object>> groups(String yaml) {
    Map<String, Object> profile = new Yaml().load(yaml);
    return (List<Map<String, Object>>) profile.get("proxy-groups");
  }

  private static String[] keys(Set<String> keys) {
    return keys.toArray(String[]::new);
  }
}
