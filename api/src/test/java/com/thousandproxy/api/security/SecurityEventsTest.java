package com.thousandproxy.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.thousandproxy.api.web.EnvelopeWriter;
import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.identity.RateLimit;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.RateLimitedException;
import com.thousandproxy.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The security channel's lines, written by the filters and handlers that refuse requests. */
class SecurityEventsTest {

  private final Logger security = (Logger) LoggerFactory.getLogger("security");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private final SecurityEvents events = new SecurityEvents();

  @BeforeEach
  void capture() {
    lines.start();
    security.addAppender(lines);
  }

  @AfterEach
  void release() {
    security.detachAppender(lines);
  }

  @Test
  void anApiRequestOverItsBudgetIsA429AndASecurityLineNamingTheBudget() {
    var filter =
        new ApiRateLimitFilter(
            (key, limit, cost) -> Mono.just(RateLimitDecision.deny(Duration.ofSeconds(30))),
            new RateLimit(1, Duration.ofMinutes(1)),
            new EnvelopeWriter(JsonMapper.builder().build()),
            events);
    var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/orders"));

    filter.filter(exchange, served -> Mono.empty()).block();

    assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(429);
    assertThat(fields(lines.list.get(0)))
        .containsEntry("event", "rate_limit.refused")
        .containsEntry("limit", "api")
        .containsEntry("retryAfterSeconds", "30")
        .containsEntry("route", "/api/v1/orders");
  }

  @Test
  void aLoginRefusedByItsBudgetIsASecurityLineBesidesTheRetryAfterHeader() {
    var filter = new RetryAfterHeaderFilter(events);
    var exchange =
        MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/auth/login").build());

    Mono<Void> refused =
        filter.filter(
            exchange, served -> Mono.error(new RateLimitedException(Duration.ofSeconds(90))));

    assertThat(refused.onErrorComplete(RateLimitedException.class).block()).isNull();
    assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("90");
    assertThat(fields(lines.list.get(0)))
        .containsEntry("event", "rate_limit.refused")
        .containsEntry("limit", "identity")
        .containsEntry("method", "POST");
  }

  @Test
  void aReusedRefreshTokenIsMirroredFromItsAuditEventWithTheOwnerAndFamily() {
    events.audited(
        AuditEvent.of(AuditActor.ANONYMOUS, "auth.refresh_token_reused", Instant.EPOCH)
            .target("TOKEN_FAMILY", "fam-1")
            .details(Map.of("userId", "12", "reason", "rotated_token_presented"))
            .from("203.0.113.9"));

    assertThat(fields(lines.list.get(0)))
        .containsEntry("event", "auth.refresh_token_reused")
        .containsEntry("userId", "12")
        .containsEntry("targetId", "fam-1")
        .containsEntry("ip", "203.0.113.9");
  }

  @Test
  void anAuditEventThatIsNoSecuritySignalWritesNothing() {
    events.audited(
        AuditEvent.of(AuditActor.user(new UserId(3)), "wallet.adjusted", Instant.EPOCH)
            .details(Map.of("amount", "5.00")));

    assertThat(lines.list).isEmpty();
  }

  private static Map<String, String> fields(ILoggingEvent event) {
    Map<String, String> fields = new HashMap<>();
    event.getKeyValuePairs().forEach(pair -> fields.put(pair.key, String.valueOf(pair.value)));
    return fields;
  }
}
