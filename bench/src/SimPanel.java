import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BENCH ONLY: a simulated 3x-ui panel (classic dialect) that answers every API call after a fixed
 * latency and counts what it sees, above all the largest number of calls in flight at once (the
 * app's per-panel bulkhead must keep it at app.panels.max-concurrent-calls or below). It limits
 * nothing itself: 64 threads serve calls, so any concurrency limit measured comes from the app.
 *
 * <p>Run: {@code java -cp bench/target/lib/'*' bench/src/SimPanel.java <port> <latencyMs>}. The
 * panel lives under {@code http://127.0.0.1:<port>/sim/} with one vless inbound (id 1). {@code GET
 * /_stats} (no latency) answers the counters as JSON; {@code POST /_reset} sets the counters to zero
 * and keeps the clients, as a real panel would (forgetting them would make the app's traffic sync
 * re-create every client of the earlier runs).
 */
public final class SimPanel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "/sim/";
  private static final String SESSION = "3x-ui=c2ltLXBhbmVsLXNlc3Npb24";

  private final long latencyMs;
  private final List<ObjectNode> clients = new ArrayList<>();
  private final Set<String> emails = new HashSet<>();
  private int clientsAtReset;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicInteger addCalls = new AtomicInteger();
  private final Map<Integer, Integer> addBatchSizes = new TreeMap<>();

  private SimPanel(long latencyMs) {
    this.latencyMs = latencyMs;
  }

  public static void main(String[] args) throws IOException {
    int port = Integer.parseInt(args[0]);
    SimPanel panel = new SimPanel(Long.parseLong(args[1]));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
    server.setExecutor(Executors.newFixedThreadPool(64));
    server.createContext("/", panel::handle);
    server.start();
    System.out.println("sim panel on http://127.0.0.1:" + port + BASE + ", latency " + args[1] + " ms");
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (path.equals("/_stats")) {
        send(exchange, 200, stats());
        return;
      }
      if (path.equals("/_reset")) {
        reset();
        send(exchange, 200, stats());
        return;
      }
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      calls.incrementAndGet();
      try {
        Thread.sleep(latencyMs);
        answer(exchange, method, path, body);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
      }
    }
  }

  private void answer(HttpExchange exchange, String method, String path, String body)
      throws IOException {
    if (!path.startsWith(BASE)) {
      send(exchange, 404, "");
      return;
    }
    String route = path.substring(BASE.length());
    if (route.equals("login")) {
      exchange.getResponseHeaders().add("Set-Cookie", SESSION + "; Path=/; HttpOnly");
      send(exchange, 200, envelope(true, "logged in", null));
      return;
    }
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookie == null || !cookie.contains(SESSION)) {
      send(exchange, 404, "");
      return;
    }
    String api = "panel/api/inbounds/";
    synchronized (this) {
      if (method.equals("GET") && route.equals(api + "list")) {
        send(exchange, 200, envelope(true, "", JSON.createArrayNode().add(inbound(true))));
      } else if (method.equals("GET") && route.equals(api + "get/1")) {
        send(exchange, 200, envelope(true, "", inbound(false)));
      } else if (method.equals("POST") && route.equals(api + "onlines")) {
        send(exchange, 200, envelope(true, "", JSON.createArrayNode()));
      } else if (method.equals("POST") && route.equals(api + "addClient")) {
        send(exchange, 200, addClient(body));
      } else {
        send(exchange, 404, "");
      }
    }
  }

  private String addClient(String body) throws IOException {
    addCalls.incrementAndGet();
    JsonNode request = JSON.readTree(body);
    JsonNode added = JSON.readTree(request.get("settings").asText()).get("clients");
    for (JsonNode client : added) {
      if (emails.contains(client.get("email").asText().toLowerCase(Locale.ROOT))) {
        return envelope(false, "Duplicate email: " + client.get("email").asText(), null);
      }
    }
    for (JsonNode client : added) {
      emails.add(client.get("email").asText().toLowerCase(Locale.ROOT));
      clients.add((ObjectNode) client);
    }
    addBatchSizes.merge(added.size(), 1, Integer::sum);
    return envelope(true, "Inbound client(s) have been added.", null);
  }

  /** As 3x-ui: {@code list} carries a traffic row per client ({@code clientStats}), {@code get} null. */
  private ObjectNode inbound(boolean withStats) throws IOException {
    ObjectNode settings = JSON.createObjectNode();
    ArrayNode array = settings.putArray("clients");
    clients.forEach(array::add);
    settings.put("decryption", "none");
    ObjectNode inbound = JSON.createObjectNode();
    inbound.put("id", 1);
    inbound.put("up", 0);
    inbound.put("down", 0);
    inbound.put("total", 0);
    inbound.put("remark", "SIM-1");
    inbound.put("enable", true);
    inbound.put("expiryTime", 0);
    if (withStats) {
      ArrayNode stats = inbound.putArray("clientStats");
      for (int i = 0; i < clients.size(); i++) {
        stats.add(trafficRow(i + 1, clients.get(i)));
      }
    } else {
      inbound.putNull("clientStats");
    }
    inbound.put("listen", "");
    inbound.put("port", 443);
    inbound.put("protocol", "vless");
    inbound.put("settings", JSON.writeValueAsString(settings));
    inbound.put("streamSettings", "{\"network\":\"tcp\",\"security\":\"none\",\"tcpSettings\":{}}");
    inbound.put("tag", "inbound-443");
    inbound.put("sniffing", "{}");
    return inbound;
  }

  /** A client's traffic row as v2.8.4+ lists it (xui-panel-api.md 4.3); nothing is ever used. */
  private static ObjectNode trafficRow(int id, JsonNode client) {
    ObjectNode row = JSON.createObjectNode();
    row.put("id", id);
    row.put("inboundId", 1);
    row.put("enable", true);
    row.put("email", client.path("email").asText());
    row.put("uuid", client.path("id").asText());
    row.put("subId", client.path("subId").asText());
    row.put("up", 0);
    row.put("down", 0);
    row.put("allTime", 0);
    row.put("expiryTime", client.path("expiryTime").asLong());
    row.put("total", client.path("totalGB").asLong());
    row.put("reset", 0);
    row.put("lastOnline", 0);
    return row;
  }

  private synchronized String stats() throws IOException {
    ObjectNode stats = JSON.createObjectNode();
    stats.put("latencyMs", latencyMs);
    stats.put("calls", calls.get());
    stats.put("addCalls", addCalls.get());
    stats.put("clients", clients.size());
    stats.put("clientsAdded", clients.size() - clientsAtReset);
    stats.put("maxInFlight", maxInFlight.get());
    ObjectNode sizes = stats.putObject("addBatchSizes");
    addBatchSizes.forEach((size, count) -> sizes.put(String.valueOf(size), count));
    return JSON.writeValueAsString(stats);
  }

  private synchronized void reset() {
    clientsAtReset = clients.size();
    addBatchSizes.clear();
    calls.set(0);
    addCalls.set(0);
    maxInFlight.set(0);
  }

  private static String envelope(boolean success, String msg, JsonNode obj) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("success", success);
    root.put("msg", msg);
    root.set("obj", obj);
    return JSON.writeValueAsString(root);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }
}
