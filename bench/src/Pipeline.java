import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BENCH ONLY: the pipeline benchmark, driven through the HTTP API. Sets up a catalogue on the
 * simulated panel (category, brand, server, sync, plan), registers the buyers and credits their
 * wallets by admin adjustment, then places N wallet orders of one unit each (a wallet order is
 * paid in its own request: 201 with paymentStatus PAID), {@code concurrency} requests at a time,
 * and polls {@code server_clients} until N clients are ACTIVE.
 *
 * <p>Timed: t0 = the first order request sent; tPaid = the last order's 201 received; tActive =
 * the first poll (every 20 ms) that counts N ACTIVE clients. Printed: tPaid-t0, tActive-t0 and
 * tActive-tPaid, plus the panel's counters (calls, addClient calls and their batch sizes, and the
 * largest number of calls it saw in flight at once).
 *
 * <p>Args: mode appBaseUrl panelBaseUrl database orders buyers concurrency outDir. Mode {@code full}
 * does all of the above; {@code order} stops once the orders are paid (for an app started with
 * app.jobs.enabled=false, so the jobs queue up); {@code await} only waits for the clients of the
 * last {@code order} run to be ACTIVE (after the app is restarted with jobs on). Either way the
 * database's own clock gives the provisioning span: from the first of the new clients stored
 * (PENDING, written by the first provision job) to the last one made ACTIVE.
 */
public final class Pipeline {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private static final String ADMIN = "admin@bench.1000proxy.local";
  private static final String PASSWORD = "bench-admin-password-1";
  private static final String BUYER_PASSWORD = "bench-buyer-password";

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    String app = args[1];
    String panel = args[2];
    String database = args[3];
    int orders = Integer.parseInt(args[4]);
    int buyers = Integer.parseInt(args[5]);
    int concurrency = Integer.parseInt(args[6]);
    Path out = Path.of(args[7]);
    Files.createDirectories(out);
    if (mode.equals("await")) {
      String[] before = Files.readString(out.resolve("pipeline-before")).trim().split(" ");
      long t0 = System.nanoTime();
      String buyer = login(app, Files.readString(out.resolve("buyer-email")).trim(), BUYER_PASSWORD);
      awaitActive(app, panel, database, orders, Long.parseLong(before[0]), t0, t0, out, buyer);
      return;
    }

    String admin = login(app, ADMIN, PASSWORD);
    long suffix = System.currentTimeMillis() % 1_000_000;
    long category = id(post(app, "/api/v1/admin/server-categories", admin, Map.of("name", "Bench " + suffix)));
    long brand = id(post(app, "/api/v1/admin/server-brands", admin, Map.of("name", "Bench " + suffix)));
    Map<String, Object> server = new java.util.HashMap<>();
    server.put("name", "sim-" + suffix);
    server.put("panelUrl", panel + "/sim/");
    server.put("username", "admin");
    server.put("password", "admin");
    server.put("publicHost", "sim.example.com");
    server.put("location", "DE");
    server.put("categoryId", category);
    server.put("brandId", brand);
    server.put("capacity", 100_000);
    server.put("active", true);
    long serverId = id(post(app, "/api/v1/admin/servers", admin, server));
    post(app, "/api/v1/admin/servers/" + serverId + "/sync", admin, Map.of());
    JsonNode inbounds = get(app, "/api/v1/admin/servers/" + serverId + "/inbounds", admin).get("data");
    long inboundId = inbounds.get(0).get("id").asLong();
    Map<String, Object> plan = new java.util.HashMap<>();
    plan.put("name", "Bench plan " + suffix);
    plan.put("description", "bench");
    plan.put("price", Map.of("amount", "1.00", "currency", "USD"));
    plan.put("durationDays", 30);
    plan.put("maxConnections", 1);
    plan.put("bandwidthLimitGb", 10);
    plan.put("categoryId", category);
    plan.put("brandId", brand);
    plan.put("inboundIds", List.of(inboundId));
    plan.put("active", true);
    long planId = id(post(app, "/api/v1/admin/server-plans", admin, plan));
    System.out.printf("setup: server %d, inbound %d, plan %d%n", serverId, inboundId, planId);

    List<String> tokens = new ArrayList<>();
    for (int b = 0; b < buyers; b++) {
      String email = "buyer" + b + "-" + suffix + "@bench.1000proxy.local";
      JsonNode user = post(app, "/api/v1/auth/register", null,
          Map.of("email", email, "password", BUYER_PASSWORD, "name", "Buyer " + b));
      long userId = id(user);
      int share = orders / buyers + (b < orders % buyers ? 1 : 0);
      post(app, "/api/v1/admin/users/" + userId + "/wallet-adjustments", admin,
          Map.of("amount", share + ".00", "reason", "bench top-up"));
      tokens.add(login(app, email, BUYER_PASSWORD));
      if (b == 0) {
        Files.writeString(out.resolve("buyer-email"), email);
      }
    }
    long lastClientBefore = Long.parseLong(sql(database, "SELECT COALESCE(MAX(id), 0) FROM server_clients"));
    Files.writeString(out.resolve("pipeline-before"), lastClientBefore + "\n");
    System.out.printf("setup: %d buyers credited, clients after id %d count%n", buyers, lastClientBefore);

    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    AtomicInteger failed = new AtomicInteger();
    Map<String, Object> order =
        Map.of("items", List.of(Map.of("serverPlanId", planId, "quantity", 1)), "paymentMethod", "wallet");
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      String token = tokens.get(i % buyers);
      futures.add(pool.submit(() -> {
        try {
          JsonNode placed = post(app, "/api/v1/orders", token, order).get("data");
          if (!"PAID".equals(placed.get("order").get("paymentStatus").asText())) {
            failed.incrementAndGet();
          }
        } catch (Exception e) {
          failed.incrementAndGet();
          System.err.println("order failed: " + e.getMessage());
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    long tPaid = System.nanoTime();
    pool.shutdown();
    System.out.printf("paid: %d orders in %.2f s (%d failed)%n", orders, secs(tPaid - t0), failed.get());

    if (mode.equals("order")) {
      System.out.println("RESULT orders=" + orders + String.format(" paid_s=%.2f", secs(tPaid - t0)) + " (jobs left queued)");
      return;
    }
    awaitActive(app, panel, database, orders, lastClientBefore, t0, tPaid, out, tokens.get(0));
  }

  private static void awaitActive(String app, String panel, String database, int orders, long after,
      long t0, long tPaid, Path out, String buyerToken) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    int active = 0;
    long tActive = 0;
    long activeAtMillis = 0;
    // One client process for the polling: starting mysql 50 times a second would take CPU from
    // the app being measured.
    try (Poller poller = new Poller(database)) {
      while (System.nanoTime() < deadline) {
        active = Integer.parseInt(poller.query(
            "SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE' AND id > " + after));
        if (active >= orders) {
          tActive = System.nanoTime();
          activeAtMillis = System.currentTimeMillis();
          break;
        }
        Thread.sleep(20);
      }
    }
    // The database and this driver share the machine's clock. The last ACTIVE is the moment the
    // poll saw it (within 20 ms): a later traffic sync rewrites updated_at.
    String firstStoredMillis = sql(database,
        "SET time_zone = '+00:00'; SELECT ROUND(UNIX_TIMESTAMP(MIN(created_at)) * 1000)"
            + " FROM server_clients WHERE id > " + after);
    String span = tActive == 0 ? "-"
        : String.format("%.2f", (activeAtMillis - Long.parseLong(firstStoredMillis)) / 1e3);
    String stats = HTTP.send(HttpRequest.newBuilder(URI.create(panel + "/_stats")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String result = tActive == 0
        ? String.format("NOT DONE: %d of %d ACTIVE after 300 s", active, orders)
        : String.format("orders=%d paid_s=%.2f first_order_to_all_active_s=%.2f"
            + " last_paid_to_all_active_s=%.2f db_first_client_stored_to_last_active_s=%s",
            orders, secs(tPaid - t0), secs(tActive - t0), secs(tActive - tPaid), span);
    System.out.println("RESULT " + result);
    System.out.println("PANEL " + stats);
    Files.writeString(out.resolve("pipeline-result"), result + "\n" + stats + "\n",
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    if (buyerToken != null) {
      JsonNode clients = get(app, "/api/v1/server-clients?size=1", buyerToken).get("data").get("items");
      Files.writeString(out.resolve("sub-url"), clients.get(0).get("subscriptionUrl").asText());
    }
  }

  /** A mysql client kept open: a query per line in, its answer per line out (unbuffered). */
  private static final class Poller implements AutoCloseable {
    private final Process process;
    private final java.io.BufferedReader answers;
    private final java.io.PrintWriter queries;

    Poller(String database) throws IOException {
      process = new ProcessBuilder("mysql", "-uroot", "-h127.0.0.1", "-N", "-B", "-n", database)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      answers = new java.io.BufferedReader(
          new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      queries = new java.io.PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    String query(String sql) throws IOException {
      queries.println(sql + ";");
      return answers.readLine().trim();
    }

    @Override
    public void close() throws InterruptedException {
      queries.close();
      process.waitFor();
    }
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }

  private static String sql(String database, String query) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("mysql", "-uroot", "-h127.0.0.1", "-N", "-B", database, "-e", query)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return out;
  }

  private static String login(String app, String email, String password) throws Exception {
    return post(app, "/api/v1/auth/login", null, Map.of("email", email, "password", password))
        .get("data").get("accessToken").asText();
  }

  private static long id(JsonNode envelope) {
    return envelope.get("data").get("id").asLong();
  }

  private static JsonNode get(String app, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path)).GET();
    return send(request, token, path);
  }

  private static JsonNode post(String app, String path, String token, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    return send(request, token, path);
  }

  private static JsonNode send(HttpRequest.Builder request, String token, String path) throws Exception {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body());
  }
}
