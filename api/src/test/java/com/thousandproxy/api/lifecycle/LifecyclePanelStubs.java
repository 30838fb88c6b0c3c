package com.thousandproxy.api.lifecycle;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A classic 3x-ui panel (xui-panel-api.md sections 2-5) as plain WireMock stubs: cookie login,
 * {@code inbounds/list} with the clients and their traffic rows (section 4.3), {@code get/1},
 * {@code onlines}, {@code updateClient}, {@code addClient} and {@code delClient}. The list drops
 * the drifted client until an addClient brings it back (a WireMock scenario).
 */
public final class LifecyclePanelStubs {

  static final String BASE = "/x7Kq2/";
  public static final String API = BASE + "panel/api/inbounds/";
  private static final String SESSION = "3x-ui=MTc2NjY2NjY2NnxEdi1CQkFFQ180SUFB";

  /** One client on the panel with its traffic counters. */
  public record Row(String email, String uuid, long up, long down) {}

  public final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  public LifecyclePanelStubs(List<Row> present, Row drifted) {
    server.start();
    server.stubFor(
        post(urlPathEqualTo(BASE + "login"))
            .willReturn(
                ok("{\"success\":true,\"msg\":\"\",\"obj\":null}")
                    .withHeader("Set-Cookie", SESSION + "; Path=/; HttpOnly")));
    server.stubFor(
        get(urlPathEqualTo(BASE + "csrf-token")).willReturn(aResponse().withStatus(404)));
    server.stubFor(post(urlPathEqualTo(API + "onlines")).willReturn(ok(envelope("[]"))));
    String without = inbound(present);
    String with =
        inbound(
            java.util.stream.Stream.concat(present.stream(), java.util.stream.Stream.of(drifted))
                .toList());
    server.stubFor(
        get(urlPathEqualTo(API + "list"))
            .inScenario("drift")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(ok(envelope("[" + without + "]"))));
    server.stubFor(
        get(urlPathEqualTo(API + "list"))
            .inScenario("drift")
            .whenScenarioStateIs("recreated")
            .willReturn(ok(envelope("[" + with + "]"))));
    server.stubFor(get(urlPathEqualTo(API + "get/1")).willReturn(ok(envelope(without))));
    server.stubFor(
        post(urlPathEqualTo(API + "addClient"))
            .inScenario("drift")
            .willSetStateTo("recreated")
            .willReturn(ok(envelope("null"))));
    server.stubFor(post(urlPathMatching(API + "updateClient/.*")).willReturn(ok(envelope("null"))));
    server.stubFor(post(urlPathMatching(API + "1/delClient/.*")).willReturn(ok(envelope("null"))));
  }

  public String url() {
    return server.baseUrl() + BASE;
  }

  private static String inbound(List<Row> rows) {
    String clients =
        rows.stream()
            .map(
                r ->
                    "{\\\"id\\\":\\\""
                        + r.uuid()
                        + "\\\",\\\"email\\\":\\\""
                        + r.email()
                        + "\\\",\\\"enable\\\":true,\\\"flow\\\":\\\"\\\",\\\"limitIp\\\":2,"
                        + "\\\"totalGB\\\":0,\\\"expiryTime\\\":0,\\\"subId\\\":\\\"s\\\"}")
            .collect(Collectors.joining(","));
    String stats =
        rows.stream()
            .map(
                r ->
                    "{\"id\":1,\"inboundId\":1,\"enable\":true,\"email\":\""
                        + r.email()
                        + "\",\"up\":"
                        + r.up()
                        + ",\"down\":"
                        + r.down()
                        + ",\"expiryTime\":0,\"total\":0}")
            .collect(Collectors.joining(","));
    return "{\"id\":1,\"up\":0,\"down\":0,\"total\":0,\"remark\":\"DE-1\",\"enable\":true,"
        + "\"expiryTime\":0,\"clientStats\":["
        + stats
        + "],\"listen\":\"\",\"port\":444,\"protocol\":\"vless\",\"settings\":\"{\\\"clients\\\":["
        + clients
        + "],\\\"decryption\\\":\\\"none\\\"}\",\"streamSettings\":"
        + "\"{\\\"network\\\":\\\"tcp\\\",\\\"security\\\":\\\"none\\\"}\","
        + "\"tag\":\"inbound-444\",\"sniffing\":\"{}\"}";
  }

  private static String envelope(String obj) {
    return "{\"success\":true,\"msg\":\"\",\"obj\":" + obj + "}";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
