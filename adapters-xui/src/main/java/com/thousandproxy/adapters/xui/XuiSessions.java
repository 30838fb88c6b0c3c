package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Authenticated calls to a panel. With an API token every call carries {@code Authorization:
 * Bearer}. Otherwise a cookie session is logged in on first use (v3 panels first hand out a CSRF
 * token, sent on every non-GET call), kept in the {@link PanelSessionStore}, and renewed once when
 * a call answers like a logged-out panel (401, a redirect, or 404 on v2.8.4+), after which the call
 * is repeated once. Concurrent calls share one login.
 */
final class XuiSessions {

  private static final Logger LOG = LoggerFactory.getLogger("xui");

  private final XuiHttp http;
  private final PanelSessionStore store;
  private final Map<String, Mono<PanelSession>> loginsInFlight = new ConcurrentHashMap<>();

  XuiSessions(XuiHttp http, PanelSessionStore store) {
    this.http = http;
    this.store = store;
  }

  /** A call that renews an expired session once; a 404 that survives a fresh login stays a 404. */
  Mono<XuiResponse> call(PanelConnection panel, HttpMethod method, String path, XuiHttp.Body body) {
    if (panel.token().isPresent()) {
      return http.exchange(panel, method, path, body, bearer(panel));
    }
    return session(panel)
        .flatMap(session -> send(panel, session, method, path, body))
        .flatMap(
            response -> {
              if (!response.looksLoggedOut()) {
                return Mono.just(response);
              }
              LOG.info(
                  "session of {} looks expired (HTTP {}), logging in again",
                  panel.baseUrl(),
                  response.status());
              return store
                  .remove(panel.key())
                  .then(login(panel))
                  .flatMap(fresh -> send(panel, fresh, method, path, body));
            });
  }

  /** A call whose answer must be the panel's envelope (404 after a fresh login: no such API). */
  Mono<XuiEnvelope> envelope(
      PanelConnection panel, HttpMethod method, String path, XuiHttp.Body body) {
    return call(panel, method, path, body).map(response -> Outcomes.envelope(panel, response));
  }

  /** A POST whose envelope is read as a write outcome. */
  Mono<PanelWriteOutcome> write(
      PanelConnection panel, String path, XuiHttp.Body body, long inboundId) {
    return envelope(panel, HttpMethod.POST, path, body)
        .map(envelope -> Outcomes.write(envelope, inboundId));
  }

  /** A POST answering a list of emails ({@code onlines}). */
  Mono<Set<String>> emails(PanelConnection panel, String path) {
    return envelope(panel, HttpMethod.POST, path, XuiHttp.Body.json("{}"))
        .map(
            envelope -> {
              Set<String> emails = new LinkedHashSet<>();
              envelope.obj().values().forEach(e -> emails.add(e.asString("")));
              emails.remove("");
              return emails;
            });
  }

  /** A call with the current session (or a first login) and no renewal: for probing endpoints. */
  Mono<XuiResponse> callOnce(
      PanelConnection panel, HttpMethod method, String path, XuiHttp.Body body) {
    if (panel.token().isPresent()) {
      return http.exchange(panel, method, path, body, bearer(panel));
    }
    return session(panel).flatMap(session -> send(panel, session, method, path, body));
  }

  /** Forgets the session (a login with other credentials, or a panel that was reset). */
  Mono<Void> forget(PanelConnection panel) {
    return store.remove(panel.key());
  }

  private Mono<XuiResponse> send(
      PanelConnection panel,
      PanelSession session,
      HttpMethod method,
      String path,
      XuiHttp.Body body) {
    Map<String, String> headers = new HashMap<>();
    if (!session.cookies().isEmpty()) {
      headers.put(HttpHeaders.COOKIE, session.cookieHeader());
    }
    if (session.csrfToken() != null && method != HttpMethod.GET) {
      headers.put("X-CSRF-Token", session.csrfToken());
    }
    return http.exchange(panel, method, path, body, headers);
  }

  private static Map<String, String> bearer(PanelConnection panel) {
    return Map.of(HttpHeaders.AUTHORIZATION, "Bearer " + panel.apiToken());
  }

  private Mono<PanelSession> session(PanelConnection panel) {
    return store.find(panel.key()).switchIfEmpty(Mono.defer(() -> login(panel)));
  }

  private Mono<PanelSession> login(PanelConnection panel) {
    return loginsInFlight.computeIfAbsent(
        panel.key(),
        key -> freshLogin(panel).doFinally(signal -> loginsInFlight.remove(key)).cache());
  }

  private Mono<PanelSession> freshLogin(PanelConnection panel) {
    String name = panel.baseUrl().toString();
    return http.exchange(panel, HttpMethod.GET, "csrf-token", XuiHttp.Body.NONE, Map.of())
        .map(
            response -> {
              var root = XuiJson.parse(response.body());
              String token =
                  response.ok() && root.path("success").asBoolean(false)
                      ? XuiJson.textOrNull(root, "obj")
                      : null;
              return new PanelSession(token == null ? Map.of() : response.cookies(), token);
            })
        .flatMap(
            pre -> {
              MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
              form.add("username", panel.username());
              form.add("password", panel.password());
              return send(panel, pre, HttpMethod.POST, "login", XuiHttp.Body.form(form))
                  .map(response -> loggedIn(name, pre, response));
            })
        .flatMap(session -> store.save(panel.key(), session).thenReturn(session))
        .doOnNext(
            session -> LOG.info("logged in to {} (csrf: {})", name, session.csrfToken() != null));
  }

  private static PanelSession loggedIn(String name, PanelSession pre, XuiResponse response) {
    if (response.status() == 403) {
      throw new PanelUnavailableException(name, Reason.LOGIN_REJECTED, "CSRF check refused login");
    }
    if (response.status() == 404) {
      throw new PanelUnavailableException(name, Reason.API_MISSING, "no login at this base path");
    }
    XuiEnvelope envelope = XuiJson.envelope(name, response);
    if (!envelope.success()) {
      throw new PanelUnavailableException(name, Reason.LOGIN_REJECTED, envelope.msg().trim());
    }
    Map<String, String> cookies = new HashMap<>(pre.cookies());
    cookies.putAll(response.cookies());
    cookies.values().removeIf(String::isEmpty);
    return new PanelSession(cookies, pre.csrfToken());
  }
}
