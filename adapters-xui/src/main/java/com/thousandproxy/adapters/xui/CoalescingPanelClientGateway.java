package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.publisher.Sinks;
import reactor.util.context.ContextView;

/**
 * Group commit for adds: while an add to an inbound is on its way to the panel, the adds to the
 * same inbound that arrive meanwhile wait and then go together in one call (at most {@code
 * maxClientsPerCall} clients). Writes to a panel are serialised and each costs a round trip, so one
 * call per order would cap delivery at one order per round trip. A merged call the panel does not
 * apply is repeated per original add, so each add gets its own outcome; an outage fails them all
 * (each caller retries). Every other call goes straight to the delegate.
 */
public final class CoalescingPanelClientGateway implements PanelClientGateway {

  private final PanelClientGateway delegate;
  private final int maxClientsPerCall;
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  public CoalescingPanelClientGateway(PanelClientGateway delegate, int maxClientsPerCall) {
    if (maxClientsPerCall < 1) {
      throw new IllegalArgumentException("maxClientsPerCall must be at least 1");
    }
    this.delegate = delegate;
    this.maxClientsPerCall = maxClientsPerCall;
  }

  /** An add waiting for its call, with the caller's context (its correlation id, for the logs). */
  private record Add(
      List<PanelClient> clients, Sinks.One<PanelWriteOutcome> result, ContextView context) {}

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    if (clients.isEmpty()) {
      return delegate.addClients(panel, inboundId, clients);
    }
    return Mono.deferContextual(
        context -> {
          Add add = new Add(List.copyOf(clients), Sinks.one(), context);
          Lane lane = lanes.computeIfAbsent(panel.key() + "#" + inboundId, key -> new Lane());
          lane.offer(add);
          lane.drain(panel, inboundId);
          return add.result().asMono();
        });
  }

  /** The adds waiting for one inbound, and whether a call for it is on its way. */
  private final class Lane {

    private final Queue<Add> waiting = new ArrayDeque<>();
    private boolean calling;

    synchronized void offer(Add add) {
      waiting.add(add);
    }

    /**
     * Sends the waiting adds unless a call is on its way; a merged call runs in the context of its
     * first add, so its log lines carry that caller's correlation id, not the one that started the
     * lane.
     */
    void drain(PanelConnection panel, long inboundId) {
      List<Add> batch = take();
      if (batch.isEmpty()) {
        return;
      }
      send(panel, inboundId, batch)
          .contextWrite(batch.get(0).context())
          .doFinally(
              signal -> {
                batch.forEach(add -> add.result().tryEmitError(unanswered(signal)));
                release();
                drain(panel, inboundId);
              })
          .subscribe(null, error -> batch.forEach(add -> add.result().tryEmitError(error)));
    }

    private synchronized List<Add> take() {
      List<Add> batch = new ArrayList<>();
      if (calling) {
        return batch;
      }
      int size = 0;
      while (!waiting.isEmpty()
          && (batch.isEmpty() || size + waiting.peek().clients().size() <= maxClientsPerCall)) {
        Add add = waiting.poll();
        size += add.clients().size();
        batch.add(add);
      }
      calling = !batch.isEmpty();
      return batch;
    }

    private synchronized void release() {
      calling = false;
    }
  }

  private static IllegalStateException unanswered(SignalType signal) {
    return new IllegalStateException("the merged add ended without an outcome (" + signal + ")");
  }

  private Mono<Void> send(PanelConnection panel, long inboundId, List<Add> batch) {
    if (batch.size() == 1) {
      Add add = batch.get(0);
      return delegate
          .addClients(panel, inboundId, add.clients())
          .doOnNext(outcome -> add.result().tryEmitValue(outcome))
          .then();
    }
    List<PanelClient> all = batch.stream().flatMap(add -> add.clients().stream()).toList();
    return delegate
        .addClients(panel, inboundId, all)
        .flatMap(
            outcome -> {
              if (outcome.isApplied()) {
                batch.forEach(add -> add.result().tryEmitValue(outcome));
                return Mono.empty();
              }
              return Flux.fromIterable(batch)
                  .concatMap(add -> send(panel, inboundId, List.of(add)))
                  .then();
            });
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return delegate.updateClient(panel, inboundId, email, client);
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return delegate.setClientEnabled(panel, inboundId, email, enabled);
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return delegate.deleteClient(panel, inboundId, email);
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return delegate.clientTraffic(panel);
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return delegate.resetClientTraffic(panel, inboundId, email);
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return delegate.onlineClients(panel);
  }

  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return delegate.probe(panel);
  }
}
