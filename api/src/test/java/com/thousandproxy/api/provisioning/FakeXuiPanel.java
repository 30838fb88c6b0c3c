package com.thousandproxy.api.provisioning;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 3x-ui v2.x panel (classic dialect) as WireMock, with state, answering as the panel reference
 * (sections 2-5) says: cookie login, {@code inbounds/list}, {@code get/:id}, {@code addClient} with
 * panel-wide case-insensitive email uniqueness, {@code onlines}. Faults can be injected into
 * addClient: a 500 with nothing written (a panic), or a dropped connection after the add was
 * applied. It counts the most writes (POSTs) it was working on at once.
 */
final class FakeXuiPanel {

  static final String BASE = "/x7Kq2/";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String SESSION = "3x-ui=MTc2NjY2NjY2NnxEdi1CQkFFQ180SUFB";

  private final WireMockServer server;
  private final Map<Long, String> protocols = new LinkedHashMap<>();
  private final Map<Long, List<ObjectNode>> clients = new LinkedHashMap<>();
  final AtomicInteger addCalls = new AtomicInteger();
  final List<Integer> addBatchSizes = new ArrayList<>();
  volatile int failAdds;
  volatile int dropAfterApply;

  /** How long the panel works on each POST before applying it: a window where writes overlap. */
  volatile long writeMillis;

  final AtomicInteger writesInFlight = new AtomicInteger();
  final AtomicInteger mostWritesAtOnce = new AtomicInteger();

  FakeXuiPanel() {
    server =
        new WireMockServer(
            wireMockConfig()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .containerThreads(24)
                .extensions(new Panel()));
    server.start();
    server.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(WireMock.aResponse()));
  }

  String url() {
    return server.baseUrl() + BASE;
  }

  void stop() {
    server.stop();
  }

  synchronized void inbound(long id, String protocol) {
    protocols.put(id, protocol);
    clients.put(id, new ArrayList<>());
  }

  /** Every client on the panel, as the panel stores it. */
  synchronized List<JsonNode> allClients() {
    List<JsonNode> all = new ArrayList<>();
    clients.values().forEach(all::addAll);
    return all;
  }

  private final class Panel implements ResponseDefinitionTransformerV2 {

    @Override
    public String getName() {
      return "fake-3x-ui";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      Request request = event.getRequest();
      String path = request.getUrl();
      if (!path.startsWith(BASE)) {
        return status(404);
      }
      String route = path.substring(BASE.length());
      if (route.equals("csrf-token")) {
        return status(404);
      }
      if (route.equals("login")) {
        return ok("{\"success\":true,\"msg\":\" You have successfully logged into your account.\","
                + "\"obj\":null}")
            .withHeader("Set-Cookie", SESSION + "; Path=/; HttpOnly")
            .build();
      }
      String cookie = request.getHeader("Cookie");
      if (cookie == null || !cookie.contains(SESSION)) {
        return status(404);
      }
      boolean write = request.getMethod().getName().equals("POST");
      if (write) {
        mostWritesAtOnce.accumulateAndGet(writesInFlight.incrementAndGet(), Math::max);
        pause(writeMillis);
      }
      try {
        synchronized (FakeXuiPanel.this) {
          return api(request.getMethod().getName(), route, request.getBodyAsString());
        }
      } finally {
        if (write) {
          writesInFlight.decrementAndGet();
        }
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private ResponseDefinition api(String method, String route, String body) {
      String api = "panel/api/inbounds/";
      if (method.equals("GET") && route.equals(api + "list")) {
        ArrayNode list = JSON.createArrayNode();
        protocols.keySet().forEach(id -> list.add(inbound(id)));
        return envelope(true, "", list);
      }
      if (method.equals("POST") && route.equals(api + "onlines")) {
        return envelope(true, "", JSON.createArrayNode());
      }
      if (method.equals("GET") && route.startsWith(api + "get/")) {
        long id = Long.parseLong(route.substring((api + "get/").length()));
        return protocols.containsKey(id)
            ? envelope(true, "", inbound(id))
            : envelope(false, "Obtain (record not found)", null);
      }
      if (method.equals("POST") && route.equals(api + "addClient")) {
        return addClient(body);
      }
      return status(404);
    }

    private ResponseDefinition addClient(String body) {
      addCalls.incrementAndGet();
      if (failAdds > 0) {
        failAdds--;
        return status(500);
      }
      JsonNode request = JSON.readTree(body);
      long id = request.get("id").asLong();
      JsonNode added = JSON.readTree(request.get("settings").asString()).get("clients");
      if (!protocols.containsKey(id)) {
        return envelope(false, "Something went wrong (record not found)", null);
      }
      List<String> emails = new ArrayList<>();
      clients.values().forEach(list -> list.forEach(c -> emails.add(key(c))));
      for (JsonNode client : added) {
        String email = client.get("email").asString().toLowerCase(Locale.ROOT);
        if (emails.contains(email)) {
          return envelope(
              false,
              "Something went wrong (Duplicate email: " + client.get("email").asString() + "\n)",
              null);
        }
        emails.add(email);
      }
      added.forEach(client -> clients.get(id).add((ObjectNode) client));
      addBatchSizes.add(added.size());
      if (dropAfterApply > 0) {
        dropAfterApply--;
        return ResponseDefinitionBuilder.responseDefinition()
            .withFault(Fault.CONNECTION_RESET_BY_PEER)
            .build();
      }
      return envelope(true, "Inbound client(s) have been added.", null);
    }

    private ObjectNode inbound(long id) {
      ObjectNode settings = JSON.createObjectNode();
      ArrayNode array = settings.putArray("clients");
      clients.get(id).forEach(array::add);
      settings.put("decryption", "none");
      ObjectNode inbound = JSON.createObjectNode();
      inbound.put("id", id);
      inbound.put("up", 0);
      inbound.put("down", 0);
      inbound.put("total", 0);
      inbound.put("remark", "DE-" + id);
      inbound.put("enable", true);
      inbound.put("expiryTime", 0);
      inbound.putNull("clientStats");
      inbound.put("listen", "");
      inbound.put("port", 443 + id);
      inbound.put("protocol", protocols.get(id));
      inbound.put("settings", JSON.writeValueAsString(settings));
      inbound.put(
          "streamSettings", "{\"network\":\"tcp\",\"security\":\"none\",\"tcpSettings\":{}}");
      inbound.put("tag", "inbound-" + (443 + id));
      inbound.put("sniffing", "{}");
      return inbound;
    }

    private static String key(JsonNode client) {
      return client.get("email").asString().toLowerCase(Locale.ROOT);
    }

    private static ResponseDefinition envelope(boolean success, String msg, JsonNode obj) {
      ObjectNode root = JSON.createObjectNode();
      root.put("success", success);
      root.put("msg", msg);
      root.set("obj", obj);
      return ok(JSON.writeValueAsString(root)).build();
    }

    private static ResponseDefinitionBuilder ok(String body) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withStatus(200)
          .withHeader("Content-Type", "application/json; charset=utf-8")
          .withBody(body);
    }

    private static ResponseDefinition status(int code) {
      return ResponseDefinitionBuilder.responseDefinition().withStatus(code).build();
    }
  }
}
