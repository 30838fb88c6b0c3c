package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A panel in memory: clients by email with their traffic, every call recorded, outages on demand.
 */
final class LifecyclePanel implements PanelClientGateway {

  final Map<String, PanelClientTraffic> rows = new LinkedHashMap<>();
  final List<String> calls = new ArrayList<>();
  boolean down;

  /** Runs right after a listing was taken, as another worker delivering meanwhile would. */
  Runnable afterListing = () -> {};

  void has(String email, long up, long down) {
    rows.put(email, new PanelClientTraffic(1, email, "u", "s", true, up, down, 0, 0, 0));
  }

  private <T> Mono<T> call(String what, Mono<T> answer) {
    calls.add(what);
    return down
        ? Mono.error(
            new PanelUnavailableException(
                "http://panel.test/", PanelUnavailableException.Reason.TIMEOUT, "fake"))
        : answer;
  }

  private Mono<PanelWriteOutcome> onClient(String what, String email) {
    return call(
        what + " " + email,
        Mono.fromSupplier(
            () ->
                rows.containsKey(email)
                    ? PanelWriteOutcome.applied()
                    : new PanelWriteOutcome.NotFound("client " + email)));
  }

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    return call(
        "add " + clients.get(0).email(),
        Mono.fromSupplier(
            () -> {
              clients.forEach(c -> has(c.email(), 0, 0));
              return PanelWriteOutcome.applied();
            }));
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return onClient("update", email);
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return onClient(enabled ? "enable" : "disable", email);
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return onClient("delete", email).doOnNext(outcome -> rows.remove(email));
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return call(
            "list",
            Mono.fromSupplier(
                () -> {
                  List<PanelClientTraffic> listing = List.copyOf(rows.values());
                  afterListing.run();
                  return listing;
                }))
        .flatMapIterable(list -> list);
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return onClient("reset", email);
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return Mono.just(Set.of());
  }

  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return Mono.empty();
  }
}
