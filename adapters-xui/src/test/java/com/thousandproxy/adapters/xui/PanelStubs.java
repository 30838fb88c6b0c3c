package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.thousandproxy.application.panel.PanelConnection;
import java.net.URI;
import java.time.Duration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A 3x-ui panel as WireMock stubs: answers copied from the reference (section 2-5, 9). */
final class PanelStubs {

  static final String BASE = "/x7Kq2/";
  static final String SESSION = "MTc2NjY2NjY2NnxEdi1CQkFFQ180SUFBUkFCRUFBQUpfLUNBQUVHYzNSeWFXNW4";
  static final String LOGIN_OK =
      "{\"success\":true,\"msg\":\" You have successfully logged into your account.\",\"obj\":null}";
  static final String ADDED =
      "{\"success\":true,\"msg\":\"Inbound client(s) have been added.\",\"obj\":null}";

  private final WireMockExtension wm;

  PanelStubs(WireMockExtension wm) {
    this.wm = wm;
  }

  /** A stub panel on a free port of 127.0.0.1, reset before each test. */
  static WireMockExtension server() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  static XuiSettings fastSettings() {
    return XuiSettings.defaults()
        .withCallTimeout(Duration.ofSeconds(10))
        .withRetry(3, Duration.ofMillis(10));
  }

  PanelConnection panel() {
    return new PanelConnection(
        URI.create(wm.baseUrl() + BASE), "admin", "pa55-w0rd!", null, true, null);
  }

  /** v2.x: no CSRF endpoint, login sets the {@code 3x-ui} cookie. */
  void v2Login() {
    wm.stubFor(get(urlEqualTo(BASE + "csrf-token")).willReturn(notFound()));
    wm.stubFor(
        post(urlEqualTo(BASE + "login"))
            .willReturn(
                okJson(LOGIN_OK)
                    .withHeader("Set-Cookie", "3x-ui=" + SESSION + "; Path=/; HttpOnly")));
  }

  /** v3.x: {@code csrf-token} creates the cookie session; login needs the token (else 403). */
  void v3Login() {
    wm.stubFor(
        get(urlEqualTo(BASE + "csrf-token"))
            .willReturn(
                okJson("{\"obj\":\"csrf-tok\",\"success\":true}")
                    .withHeader("Set-Cookie", "3x-ui=PRE; Path=" + BASE + "; HttpOnly")));
    wm.stubFor(post(urlEqualTo(BASE + "login")).willReturn(aResponse().withStatus(403)));
    wm.stubFor(
        post(urlEqualTo(BASE + "login"))
            .withHeader("X-CSRF-Token", equalTo("csrf-tok"))
            .withCookie("3x-ui", equalTo("PRE"))
            .willReturn(
                okJson(LOGIN_OK).withHeader("Set-Cookie", "3x-ui=" + SESSION + "; Path=" + BASE)));
  }

  static String envelope(boolean success, String msg, String objJson) {
    ObjectNode root = XuiJson.object();
    root.put("success", success);
    root.put("msg", msg);
    root.set("obj", XuiJson.parse(objJson == null ? "null" : objJson));
    return XuiJson.write(root);
  }

  /** An inbound as {@code list}/{@code get} return it: settings and streamSettings as strings. */
  static ObjectNode inbound(long id, String protocol, ObjectNode... clients) {
    ObjectNode settings = XuiJson.object();
    ArrayNode array = settings.putArray("clients");
    for (ObjectNode c : clients) {
      array.add(c);
    }
    settings.put("decryption", "none");
    settings.put("encryption", "none");
    ObjectNode inbound = XuiJson.object();
    inbound.put("id", id);
    inbound.put("remark", "DE-1");
    inbound.put("enable", true);
    inbound.put("listen", "");
    inbound.put("port", 443);
    inbound.put("protocol", protocol);
    inbound.put("settings", XuiJson.write(settings));
    inbound.put("streamSettings", "{\"network\":\"tcp\",\"security\":\"none\",\"tcpSettings\":{}}");
    inbound.put("tag", "inbound-443");
    return inbound;
  }

  static ObjectNode client(String email, String uuid, String subId) {
    ObjectNode c = XuiJson.object();
    c.put("id", uuid);
    c.put("email", email);
    c.put("flow", "");
    c.put("enable", true);
    c.put("subId", subId);
    c.put("totalGB", 0);
    c.put("expiryTime", 0);
    return c;
  }
}
