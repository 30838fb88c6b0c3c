package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.api.web.ResourceNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DemoApplicationTest
class RequestObservabilityTest {

  /** Endpoints that exist only in the observability tests: a panel-like call on other threads. */
  @RestController
  static class ProbeController {

    private static final Logger xui = LoggerFactory.getLogger("xui");

    @GetMapping("/probe/observability/panels/{server}")
    Mono<String> callPanel(@PathVariable String server) {
      return Mono.delay(Duration.ofMillis(5))
          .publishOn(Schedulers.boundedElastic())
          .doOnNext(tick -> xui.info("probe panel call to {}", server))
          .map(tick -> "called " + server);
    }

    @GetMapping("/probe/observability/missing/{id}")
    Mono<String> missing(@PathVariable String id) {
      return Mono.delay(Duration.ofMillis(5))
          .flatMap(tick -> Mono.error(new ResourceNotFoundException("Probe " + id)));
    }
  }

  @TestConfiguration
  static class Probes {
    @Bean
    ProbeController observabilityProbeController() {
      return new ProbeController();
    }
  }

  @Autowired WebTestClient http;

  private CapturedEvents captured;

  @BeforeEach
  void capture() {
    captured = CapturedEvents.of("xui", "performance");
  }

  @AfterEach
  void release() {
    captured.detach();
  }

  @Test
  void aFreshRequestIdIsReturnedAndCarriedByAPanelLogLineMadeOnAnotherThread() throws Exception {
    String id =
        get("/probe/observability/panels/alpha", null)
            .getResponseHeaders()
            .getFirst("X-Request-Id");

    assertThat(id).matches("[0-9a-f]{32}");
    ILoggingEvent line =
        captured.await(e -> e.getFormattedMessage().equals("probe panel call to alpha"));
    assertThat(line.getMDCPropertyMap()).containsEntry("requestId", id);
    assertThat(line.getThreadName()).startsWith("boundedElastic");
  }

  @Test
  void aSafeCallerRequestIdIsKeptAndAnUnsafeOneReplaced() {
    assertThat(requestIdReturnedFor("order-42.retry:1_A")).isEqualTo("order-42.retry:1_A");
    String tooLong = "a".repeat(65);
    assertThat(requestIdReturnedFor(tooLong)).isNotEqualTo(tooLong).matches("[0-9a-f]{32}");
    assertThat(requestIdReturnedFor("two words")).matches("[0-9a-f]{32}");
    assertThat(requestIdReturnedFor("{\"json\":1}")).matches("[0-9a-f]{32}");
  }

  @Test
  void thePerformanceLineNamesMethodRouteStatusDurationAndBytes() throws Exception {
    EntityExchangeResult<byte[]> result = get("/probe/observability/panels/beta", "perf-line-1");

    ILoggingEvent line = performanceLineOf("perf-line-1");
    Map<String, Object> fields = fields(line);
    assertThat(fields)
        .containsEntry("method", "GET")
        .containsEntry("route", "/probe/observability/panels/{server}")
        .containsEntry("status", 200)
        .containsEntry("bytes", (long) result.getResponseBody().length);
    assertThat((Long) fields.get("durationMs")).isGreaterThanOrEqualTo(0L);
    assertThat(line.getFormattedMessage())
        .startsWith("GET /probe/observability/panels/{server} 200 in ");
  }

  @Test
  void aFailedRequestIsLoggedWithTheStatusAndBodyOfTheErrorEnvelope() throws Exception {
    EntityExchangeResult<byte[]> result =
        http.get()
            .uri("/probe/observability/missing/7")
            .header("X-Request-Id", "perf-line-404")
            .exchange()
            .expectStatus()
            .isNotFound()
            .expectHeader()
            .valueEquals("X-Request-Id", "perf-line-404")
            .expectBody()
            .returnResult();

    Map<String, Object> fields = fields(performanceLineOf("perf-line-404"));
    assertThat(fields)
        .containsEntry("route", "/probe/observability/missing/{id}")
        .containsEntry("status", 404)
        .containsEntry("bytes", (long) result.getResponseBody().length);
  }

  @Test
  void anUnmatchedRequestIsLoggedWithoutItsPath() throws Exception {
    http.get()
        .uri("/api/v1/no-such-thing/secret-token")
        .header("X-Request-Id", "perf-line-unmatched")
        .exchange();

    assertThat(fields(performanceLineOf("perf-line-unmatched")))
        .containsEntry("route", "UNMATCHED");
  }

  @Test
  void theXuiChannelFileGetsJsonLinesThatParse() throws Exception {
    get("/probe/observability/panels/gamma", "xui-file-line");
    captured.await(e -> e.getFormattedMessage().equals("probe panel call to gamma"));

    JsonNode line = jsonLineWith(Path.of("logs", "xui.jsonl"), "xui-file-line");
    assertThat(line.get("requestId").asString()).isEqualTo("xui-file-line");
    assertThat(line.get("logger_name").asString()).isEqualTo("xui");
    assertThat(line.get("message").asString()).isEqualTo("probe panel call to gamma");
    assertThat(line.get("level").asString()).isEqualTo("INFO");
    assertThat(line.has("@timestamp")).isTrue();
  }

  private EntityExchangeResult<byte[]> get(String uri, String requestId) {
    return http.get()
        .uri(uri)
        .headers(
            h -> {
              if (requestId != null) {
                h.set("X-Request-Id", requestId);
              }
            })
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .returnResult();
  }

  private String requestIdReturnedFor(String sent) {
    return get("/probe/observability/panels/delta", sent)
        .getResponseHeaders()
        .getFirst("X-Request-Id");
  }

  private ILoggingEvent performanceLineOf(String requestId) throws InterruptedException {
    return captured.await(
        e ->
            e.getLoggerName().equals("performance")
                && requestId.equals(e.getMDCPropertyMap().get("requestId")));
  }

  private static Map<String, Object> fields(ILoggingEvent event) {
    Map<String, Object> fields = new HashMap<>();
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    pairs.forEach(pair -> fields.put(pair.key, pair.value));
    return fields;
  }

  private static JsonNode jsonLineWith(Path file, String requestId) throws Exception {
    JsonMapper json = JsonMapper.builder().build();
    for (int i = 0; i < 100; i++) {
      if (Files.exists(file)) {
        for (String text : Files.readAllLines(file)) {
          JsonNode line = json.readTree(text);
          if (line.has("requestId") && line.get("requestId").asString().equals(requestId)) {
            return line;
          }
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no JSON line with requestId " + requestId + " in " + file);
  }
}
