package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;

/**
 * The classic dialect ({@code panel/api/inbounds/*}, 3x-ui v1.6 to v3.0.x): clients live in the
 * inbound's {@code settings} string, are added in batches, and are addressed by their protocol's
 * identity (uuid, trojan password, or shadowsocks email).
 */
final class ClassicClientApi implements ClientApi {

  private static final String BASE = "panel/api/inbounds/";

  private final XuiSessions sessions;

  ClassicClientApi(XuiSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Mono<PanelWriteOutcome> add(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return post(panel, BASE + "addClient", ClientJson.classicBody(inboundId, clients), inboundId);
  }

  @Override
  public Mono<Map<String, PanelClient>> find(
      PanelConnection panel, long inboundId, Collection<String> emails) {
    Set<String> wanted = new HashSet<>();
    emails.forEach(e -> wanted.add(e.toLowerCase(Locale.ROOT)));
    return inbound(panel, inboundId)
        .map(
            inbound -> {
              Map<String, PanelClient> found = new HashMap<>();
              inbound.ifPresent(
                  in ->
                      in.clients().stream()
                          .filter(c -> wanted.contains(c.emailKey()))
                          .forEach(c -> found.put(c.emailKey(), c)));
              return found;
            });
  }

  @Override
  public Mono<PanelWriteOutcome> update(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return withCurrent(
        panel,
        inboundId,
        email,
        (inbound, current) ->
            post(
                panel,
                BASE + "updateClient/" + PathSegments.encode(identity(inbound, current)),
                ClientJson.classicBody(inboundId, List.of(client)),
                inboundId));
  }

  @Override
  public Mono<PanelWriteOutcome> delete(PanelConnection panel, long inboundId, String email) {
    return withCurrent(
        panel,
        inboundId,
        email,
        (inbound, current) ->
            post(
                panel,
                BASE + inboundId + "/delClient/" + PathSegments.encode(identity(inbound, current)),
                null,
                inboundId));
  }

  @Override
  public Mono<PanelWriteOutcome> resetTraffic(PanelConnection panel, long inboundId, String email) {
    return post(
        panel,
        BASE + inboundId + "/resetClientTraffic/" + PathSegments.encode(email),
        null,
        inboundId);
  }

  @Override
  public Mono<Set<String>> onlines(PanelConnection panel) {
    return sessions.emails(panel, BASE + "onlines");
  }

  /** The inbound ({@code get/:id}), or empty when the panel has no such inbound. */
  Mono<Optional<PanelInbound>> inbound(PanelConnection panel, long inboundId) {
    return sessions
        .envelope(panel, HttpMethod.GET, BASE + "get/" + inboundId, XuiHttp.Body.NONE)
        .map(
            envelope ->
                envelope.success() && envelope.obj().isObject()
                    ? Optional.of(PanelModelParser.inbound(envelope.obj()))
                    : Optional.empty());
  }

  private interface ClientAction {
    Mono<PanelWriteOutcome> apply(PanelInbound inbound, PanelClient current);
  }

  private Mono<PanelWriteOutcome> withCurrent(
      PanelConnection panel, long inboundId, String email, ClientAction action) {
    return inbound(panel, inboundId)
        .flatMap(
            inbound -> {
              if (inbound.isEmpty()) {
                return Mono.just(new PanelWriteOutcome.NotFound("inbound " + inboundId));
              }
              Optional<PanelClient> current =
                  inbound.get().clients().stream().filter(c -> c.email().equals(email)).findFirst();
              return current.isEmpty()
                  ? Mono.just(new PanelWriteOutcome.NotFound("client " + email))
                  : action.apply(inbound.get(), current.get());
            });
  }

  /** The path identity of a client: uuid for vless/vmess, password for trojan, else the email. */
  private static String identity(PanelInbound inbound, PanelClient client) {
    return switch (inbound.protocol()) {
      case "vless", "vmess" -> client.uuid();
      case "trojan" -> client.password();
      default -> client.email();
    };
  }

  private Mono<PanelWriteOutcome> post(
      PanelConnection panel, String path, String json, long inboundId) {
    return sessions.write(
        panel, path, json == null ? XuiHttp.Body.NONE : XuiHttp.Body.json(json), inboundId);
  }
}
