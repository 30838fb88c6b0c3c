package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * Finds out which client API a panel has, once per panel (a pinned dialect wins): after a call that
 * every version answers ({@code inbounds/list}, which also renews the session), a classic-only
 * endpoint ({@code POST inbounds/onlines}) answering 404 means v3.1+, confirmed by {@code
 * clients/onlines}.
 */
final class DialectDetector {

  private static final Logger LOG = LoggerFactory.getLogger("xui");

  private final XuiSessions sessions;
  private final Map<String, PanelDialect> known = new ConcurrentHashMap<>();

  DialectDetector(XuiSessions sessions) {
    this.sessions = sessions;
  }

  Mono<PanelDialect> dialect(PanelConnection panel) {
    if (panel.pinned().isPresent()) {
      return Mono.just(panel.pinnedDialect());
    }
    PanelDialect cached = known.get(panel.key());
    if (cached != null) {
      return Mono.just(cached);
    }
    return detect(panel)
        .doOnNext(
            dialect -> {
              known.put(panel.key(), dialect);
              LOG.info("{} speaks the {} dialect", panel.baseUrl(), dialect);
            });
  }

  /** Forgets what was detected (e.g. after a panel upgrade made every call 404). */
  void forget(PanelConnection panel) {
    known.remove(panel.key());
  }

  private Mono<PanelDialect> detect(PanelConnection panel) {
    return sessions
        .envelope(panel, HttpMethod.GET, "panel/api/inbounds/list", XuiHttp.Body.NONE)
        .then(answersJson(panel, "panel/api/inbounds/onlines"))
        .flatMap(
            classic ->
                classic
                    ? Mono.just(PanelDialect.CLASSIC)
                    : answersJson(panel, "panel/api/clients/onlines")
                        .map(
                            records -> {
                              if (!records) {
                                throw new PanelUnavailableException(
                                    panel.baseUrl().toString(),
                                    Reason.API_MISSING,
                                    "neither inbounds/onlines nor clients/onlines answer");
                              }
                              return PanelDialect.CLIENT_RECORDS;
                            }));
  }

  /** One POST with the current session and no re-login: does the endpoint exist? */
  private Mono<Boolean> answersJson(PanelConnection panel, String path) {
    return sessions
        .callOnce(panel, HttpMethod.POST, path, XuiHttp.Body.json("{}"))
        .map(response -> response.ok() && XuiJson.parse(response.body()).has("success"));
  }
}
