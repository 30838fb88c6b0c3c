package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The v3.1+ dialect ({@code panel/api/clients/*}): a client is a panel-wide record keyed by its
 * email and attached to inbounds; bodies are real JSON. There is no batch add before v3.2, so a
 * batch is added one client after the other (stopping at the first refusal; a retry of the batch
 * finds the ones already added).
 */
final class ClientRecordsApi implements ClientApi {

  private static final String BASE = "panel/api/clients/";

  private final XuiSessions sessions;

  ClientRecordsApi(XuiSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Mono<PanelWriteOutcome> add(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return Flux.fromIterable(clients)
        .concatMap(client -> post(panel, BASE + "add", addBody(inboundId, client), inboundId))
        .takeUntil(outcome -> !outcome.isApplied())
        .last(PanelWriteOutcome.applied());
  }

  @Override
  public Mono<Map<String, PanelClient>> find(
      PanelConnection panel, long inboundId, Collection<String> emails) {
    return Flux.fromIterable(new LinkedHashSet<>(emails))
        .concatMap(email -> lookup(panel, email))
        .filter(Optional::isPresent)
        .map(Optional::get)
        .filter(found -> found.inboundIds().contains(inboundId))
        .collectMap(found -> found.client().emailKey(), ClientRecord::client, HashMap::new);
  }

  @Override
  public Mono<PanelWriteOutcome> update(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return post(
        panel,
        BASE + "update/" + PathSegments.encode(email),
        XuiJson.write(ClientJson.client(client)),
        inboundId);
  }

  /** Detaches the client from this inbound, or deletes the record when it was its only one. */
  @Override
  public Mono<PanelWriteOutcome> delete(PanelConnection panel, long inboundId, String email) {
    return lookup(panel, email)
        .flatMap(
            found -> {
              if (found.isEmpty() || !found.get().inboundIds().contains(inboundId)) {
                return Mono.just(new PanelWriteOutcome.NotFound("client " + email));
              }
              if (found.get().inboundIds().size() > 1) {
                ObjectNode body = XuiJson.object();
                body.putArray("inboundIds").add(inboundId);
                return post(
                    panel,
                    BASE + PathSegments.encode(email) + "/detach",
                    XuiJson.write(body),
                    inboundId);
              }
              return post(panel, BASE + "del/" + PathSegments.encode(email), null, inboundId);
            });
  }

  @Override
  public Mono<PanelWriteOutcome> resetTraffic(PanelConnection panel, long inboundId, String email) {
    return post(panel, BASE + "resetTraffic/" + PathSegments.encode(email), null, inboundId);
  }

  @Override
  public Mono<Set<String>> onlines(PanelConnection panel) {
    return sessions.emails(panel, BASE + "onlines");
  }

  /** A record and the inbounds it is attached to. */
  record ClientRecord(PanelClient client, Set<Long> inboundIds) {}

  /** {@code get/:email}: the record, or empty when the panel has none. */
  Mono<Optional<ClientRecord>> lookup(PanelConnection panel, String email) {
    return sessions
        .envelope(
            panel, HttpMethod.GET, BASE + "get/" + PathSegments.encode(email), XuiHttp.Body.NONE)
        .map(
            envelope -> {
              JsonNode client = envelope.obj().path("client");
              if (!envelope.success() || !client.isObject()) {
                return Optional.empty();
              }
              Set<Long> ids = new LinkedHashSet<>();
              envelope.obj().path("inboundIds").values().forEach(id -> ids.add(id.asLong()));
              return Optional.of(new ClientRecord(PanelModelParser.client(client, "uuid"), ids));
            });
  }

  private static String addBody(long inboundId, PanelClient client) {
    ObjectNode body = XuiJson.object();
    body.set("client", ClientJson.client(client));
    body.putArray("inboundIds").add(inboundId);
    return XuiJson.write(body);
  }

  private Mono<PanelWriteOutcome> post(
      PanelConnection panel, String path, String json, long inboundId) {
    return sessions.write(panel, path, XuiHttp.Body.json(json == null ? "{}" : json), inboundId);
  }
}
