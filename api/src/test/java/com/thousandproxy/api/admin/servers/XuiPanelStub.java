package com.thousandproxy.api.admin.servers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;

/**
 * A classic 3x-ui v2.x panel (xui-panel-api.md sections 1-4): a secret web base path, no CSRF
 * endpoint, form login answering the {@code 3x-ui} cookie, {@code panel/api/inbounds/list} with
 * {@code settings} and {@code streamSettings} as JSON strings, {@code inbounds/onlines} present and
 * {@code clients/onlines} absent; a call without the session cookie gets v2.8.4+'s empty 404.
 */
final class XuiPanelStub {

  static final String BASE = "/x7Kq2pAnEl/";
  static final String USERNAME = "panel-admin";
  static final String SESSION = "MTc2NjY2NjY2NnxEdi1CQkFFQ180SUFBUkFCRUFBQUpfLUNBQUVHYzNSeWFXNW4";
  private static final String LOGIN_OK =
      "{\"success\":true,\"msg\":\" You have successfully logged into your account.\",\"obj\":null}";
  private static final String LOGIN_WRONG =
      "{\"success\":false,\"msg\":\"Invalid username or password or two-factor code.\",\"obj\":null}";

  /**
   * Three inbounds as {@code list} returns them: vless/reality, vmess/ws/tls and a wireguard one.
   */
  static final String INBOUNDS =
      """
      {"success":true,"msg":"","obj":[
       {"id":1,"up":0,"down":0,"total":0,"allTime":0,"remark":"DE-vless","enable":true,"expiryTime":0,
        "trafficReset":"never","lastTrafficResetTime":0,
        "clientStats":[{"id":1,"inboundId":1,"enable":true,"email":"first","uuid":"0b7a4f6e-8d2c-4f1a-9a51-5b1c0f3e2d11","subId":"k2jd8s0a9xq1w3e4","up":0,"down":0,"allTime":0,"expiryTime":0,"total":0,"reset":0,"lastOnline":0}],
        "listen":"","port":443,"protocol":"vless",
        "settings":"{\\"clients\\":[{\\"id\\":\\"0b7a4f6e-8d2c-4f1a-9a51-5b1c0f3e2d11\\",\\"email\\":\\"first\\",\\"flow\\":\\"xtls-rprx-vision\\",\\"enable\\":true,\\"subId\\":\\"k2jd8s0a9xq1w3e4\\",\\"totalGB\\":0,\\"expiryTime\\":0}],\\"decryption\\":\\"none\\",\\"encryption\\":\\"none\\"}",
        "streamSettings":"{\\"network\\":\\"tcp\\",\\"security\\":\\"reality\\",\\"tcpSettings\\":{\\"header\\":{\\"type\\":\\"none\\"}},\\"realitySettings\\":{\\"show\\":false,\\"dest\\":\\"www.amazon.com:443\\",\\"serverNames\\":[\\"www.amazon.com\\"],\\"privateKey\\":\\"private-not-for-links\\",\\"shortIds\\":[\\"0c\\"],\\"settings\\":{\\"publicKey\\":\\"Z84J2IelR9ch3k8VtlVhhs5ycBUlXA7wHBWcBrjqnAw\\",\\"fingerprint\\":\\"chrome\\",\\"spiderX\\":\\"/\\"}}}",
        "tag":"inbound-443","sniffing":"{\\"enabled\\":true,\\"destOverride\\":[\\"http\\",\\"tls\\"]}"},
       {"id":2,"up":0,"down":0,"total":0,"allTime":0,"remark":"DE-vmess","enable":true,"expiryTime":0,
        "clientStats":[],"listen":"","port":8443,"protocol":"vmess",
        "settings":"{\\"clients\\":[]}",
        "streamSettings":"{\\"network\\":\\"ws\\",\\"security\\":\\"tls\\",\\"wsSettings\\":{\\"path\\":\\"/ws\\",\\"host\\":\\"\\",\\"headers\\":{}},\\"tlsSettings\\":{\\"serverName\\":\\"de1.example.com\\",\\"alpn\\":[\\"h2\\",\\"http/1.1\\"],\\"settings\\":{\\"fingerprint\\":\\"chrome\\"}}}",
        "tag":"inbound-8443","sniffing":"{}"},
       {"id":3,"up":0,"down":0,"total":0,"allTime":0,"remark":"wg","enable":true,"expiryTime":0,
        "clientStats":[],"listen":"","port":51820,"protocol":"wireguard",
        "settings":"{\\"mtu\\":1420,\\"peers\\":[]}","streamSettings":"","tag":"inbound-51820","sniffing":"{}"}
      ]}
      """;

  private final WireMockServer server;

  private XuiPanelStub(WireMockServer server) {
    this.server = server;
  }

  /** Starts the stub on a free port of 127.0.0.1; it never prints request bodies. */
  static XuiPanelStub start(String password) {
    WireMockServer server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .notifier(new ConsoleNotifier(false)));
    server.start();
    XuiPanelStub stub = new XuiPanelStub(server);
    stub.stubPanel(password);
    return stub;
  }

  String panelUrl() {
    return server.baseUrl() + BASE;
  }

  int logins() {
    return server.findAll(postRequestedFor(urlEqualTo(BASE + "login"))).size();
  }

  /** Login requests that carried this password in their form body. */
  int loginsWith(String password) {
    return server
        .findAll(
            postRequestedFor(urlEqualTo(BASE + "login"))
                .withRequestBody(containing("password=" + password)))
        .size();
  }

  void stop() {
    server.stop();
  }

  private void stubPanel(String password) {
    server.stubFor(get(urlEqualTo(BASE + "csrf-token")).willReturn(notFound()));
    server.stubFor(post(urlEqualTo(BASE + "login")).willReturn(okJson(LOGIN_WRONG)));
    server.stubFor(
        post(urlEqualTo(BASE + "login"))
            .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
            .withRequestBody(containing("username=" + USERNAME))
            .withRequestBody(containing("password=" + password))
            .willReturn(
                okJson(LOGIN_OK)
                    .withHeader(
                        "Set-Cookie",
                        "3x-ui=" + SESSION + "; Path=/; Max-Age=21600; HttpOnly; SameSite=Lax")));
    // not logged in: v2.8.4+ hides the API behind an empty 404
    server.stubFor(get(urlEqualTo(BASE + "panel/api/inbounds/list")).willReturn(notFound()));
    server.stubFor(post(urlEqualTo(BASE + "panel/api/inbounds/onlines")).willReturn(notFound()));
    server.stubFor(post(urlEqualTo(BASE + "panel/api/clients/onlines")).willReturn(notFound()));
    server.stubFor(
        get(urlEqualTo(BASE + "panel/api/inbounds/list"))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(INBOUNDS)));
    server.stubFor(
        post(urlEqualTo(BASE + "panel/api/inbounds/onlines"))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(okJson("{\"success\":true,\"msg\":\"\",\"obj\":[]}")));
  }
}
