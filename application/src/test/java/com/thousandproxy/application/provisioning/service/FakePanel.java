package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
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
 * A gateway over an in-memory panel that behaves like the real adapter: an add skips clients that
 * are already there and ours, refuses a foreign one with the same email; calls can be made to fail
 * as outages, or to answer a scripted outcome.
 */
final class FakePanel implements PanelClientGateway {

  final Map<String, PanelClient> clients = new LinkedHashMap<>();
  final List<List<PanelClient>> addCalls = new ArrayList<>();
  final List<PanelClient> updates = new ArrayList<>();
  final List<String> resets = new ArrayList<>();
  int outagesLeft;
  PanelWriteOutcome scripted;

  @Override
  public synchronized Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> batch) {
    addCalls.add(List.copyOf(batch));
    if (outagesLeft > 0) {
      outagesLeft--;
      return Mono.error(
          new PanelUnavailableException(panel.baseUrl().toString(), Reason.TIMEOUT, "fake"));
    }
    if (scripted != null) {
      return Mono.just(scripted);
    }
    for (PanelClient client : batch) {
      PanelClient there = clients.get(client.emailKey());
      if (there != null && !client.sameAccountAs(there)) {
        return Mono.just(new PanelWriteOutcome.DuplicateEmail(client.email()));
      }
    }
    batch.forEach(c -> clients.putIfAbsent(c.emailKey(), c));
    return Mono.just(PanelWriteOutcome.applied());
  }

  @Override
  public synchronized Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    updates.add(client);
    if (outagesLeft > 0) {
      outagesLeft--;
      return Mono.error(
          new PanelUnavailableException(panel.baseUrl().toString(), Reason.UNREACHABLE, "fake"));
    }
    if (!clients.containsKey(client.emailKey())) {
      return Mono.just(new PanelWriteOutcome.NotFound("client " + email));
    }
    clients.put(client.emailKey(), client);
    return Mono.just(PanelWriteOutcome.applied());
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return Mono.error(new UnsupportedOperationException());
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return Mono.error(new UnsupportedOperationException());
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return Flux.empty();
  }

  @Override
  public synchronized Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    resets.add(email);
    return Mono.just(PanelWriteOutcome.applied());
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
