package com.thousandproxy.api.security;

import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.identity.IdentityAuditActions;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Writes the {@code security} log channel: one line per refused or suspicious request, its facts as
 * key-value pairs ({@code event}, {@code ip}, {@code method}, {@code route}, {@code userId}, ...).
 * Never a password, token, API key or signature: only what the caller's credential was, not what it
 * said. Failed logins, refresh-token reuse and forged webhooks come from their audit events, so the
 * two channels tell the same story.
 */
public final class SecurityEvents {

  /** The audit actions mirrored onto the security channel. */
  static final Set<String> AUDITED =
      Set.of(
          IdentityAuditActions.LOGIN_FAILED,
          IdentityAuditActions.REFRESH_TOKEN_REUSED,
          "payment.webhook_rejected");

  private static final Logger LOG = LoggerFactory.getLogger("security");
  private static final Pattern FEED_PATH = Pattern.compile("^((?:/api/v1)?/sub/(?:u/)?).*$");

  /** A security-relevant audit event (failed login, token reuse, forged webhook); others pass. */
  public void audited(AuditEvent event) {
    if (!AUDITED.contains(event.action())) {
      return;
    }
    LoggingEventBuilder line =
        LOG.atWarn()
            .addKeyValue("event", event.action())
            .addKeyValue("ip", event.ipAddress())
            .addKeyValue("actorType", event.actor().type().name());
    if (event.actor().userId() != null) {
      line = line.addKeyValue("userId", event.actor().userId().value());
    }
    if (event.targetType() != null) {
      line = line.addKeyValue("targetType", event.targetType());
      line = line.addKeyValue("targetId", event.targetId());
    }
    for (Map.Entry<String, String> detail : event.details().entrySet()) {
      line = line.addKeyValue(detail.getKey(), detail.getValue());
    }
    line.log("{} from {}", event.action(), event.ipAddress());
  }

  /** 401 for a credential that was presented and refused (bad, forged or expired token, key). */
  void credentialRejected(ServerWebExchange exchange, String credential, String reason) {
    request(LOG.atWarn(), "auth.credential_rejected", exchange)
        .addKeyValue("credential", credential)
        .addKeyValue("reason", reason)
        .log("{} credential rejected ({})", credential, reason);
  }

  /** 403: an authenticated caller without the role the route needs. */
  void accessDenied(ServerWebExchange exchange, Object userId, String role) {
    request(LOG.atWarn(), "auth.access_denied", exchange)
        .addKeyValue("userId", userId)
        .addKeyValue("role", role)
        .log("access denied to user {} ({})", userId, role);
  }

  /** 429: a rate limit refused the request; {@code limit} names the budget, never a credential. */
  void rateLimited(ServerWebExchange exchange, String limit, long retryAfterSeconds) {
    request(LOG.atWarn(), "rate_limit.refused", exchange)
        .addKeyValue("limit", limit)
        .addKeyValue("retryAfterSeconds", retryAfterSeconds)
        .log("{} rate limit refused a request, retry after {} s", limit, retryAfterSeconds);
  }

  private static LoggingEventBuilder request(
      LoggingEventBuilder line, String event, ServerWebExchange exchange) {
    return line.addKeyValue("event", event)
        .addKeyValue("ip", ClientAddress.of(exchange))
        .addKeyValue("method", exchange.getRequest().getMethod().name())
        .addKeyValue("route", route(exchange));
  }

  /**
   * The matched pattern if routing got that far, else the path without its query; a feed path
   * without its token, which is a credential.
   */
  private static String route(ServerWebExchange exchange) {
    Object pattern = exchange.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    if (pattern instanceof PathPattern path) {
      return path.getPatternString();
    }
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    return FEED_PATH.matcher(path).replaceFirst("$1{token}");
  }
}
