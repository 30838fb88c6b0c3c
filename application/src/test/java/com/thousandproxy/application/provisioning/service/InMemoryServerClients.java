package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import reactor.core.publisher.Mono;

/** The server_clients table in memory, with its unique (item, unit) and compare-and-set rules. */
final class InMemoryServerClients implements ServerClientRepository {

  final Map<Long, StoredClient> rows = new TreeMap<>();
  RuntimeException failNextFind;
  boolean refuseNextRenew;

  @Override
  public synchronized Mono<List<StoredClient>> findByOrder(OrderId orderId) {
    if (failNextFind != null) {
      RuntimeException error = failNextFind;
      failNextFind = null;
      return Mono.error(error);
    }
    return Mono.just(
        rows.values().stream()
            .filter(c -> orderId.equals(c.orderId()))
            .sorted(Comparator.comparingLong(c -> c.id().value()))
            .toList());
  }

  @Override
  public synchronized Mono<StoredClient> find(ServerClientId id) {
    return Mono.justOrEmpty(rows.get(id.value()));
  }

  @Override
  public synchronized Mono<Integer> insertPending(List<NewClient> clients, Instant at) {
    int inserted = 0;
    for (NewClient c : clients) {
      boolean taken = rows.values().stream().anyMatch(r -> c.unit().equals(r.unit()));
      if (taken) {
        continue;
      }
      long id = rows.size() + 1L;
      rows.put(
          id,
          new StoredClient(
              new ServerClientId(id),
              c.userId(),
              c.orderId(),
              c.unit(),
              c.serverId(),
              c.inboundId(),
              c.inboundId().value() * 10,
              c.planId(),
              c.protocol(),
              c.credentials(),
              "",
              ClientStatus.PENDING,
              c.expiresAt(),
              c.trafficLimit(),
              c.limitIp(),
              TrafficUsage.NONE,
              c.token().nonce(),
              0));
      inserted++;
    }
    return Mono.just(inserted);
  }

  @Override
  public synchronized Mono<Integer> activate(Collection<ServerClientId> ids, Instant at) {
    int moved = 0;
    for (ServerClientId id : ids) {
      StoredClient c = rows.get(id.value());
      if (c != null && c.status() == ClientStatus.PENDING) {
        update(id, ClientStatus.ACTIVE);
        moved++;
      }
    }
    return Mono.just(moved);
  }

  @Override
  public synchronized Mono<Boolean> renew(
      ServerClientId id,
      long expectedVersion,
      Instant expiresAt,
      BandwidthLimit trafficLimit,
      int limitIp,
      Instant at) {
    StoredClient c = rows.get(id.value());
    if (refuseNextRenew) {
      refuseNextRenew = false;
      return Mono.just(false);
    }
    if (c == null || c.version() != expectedVersion) {
      return Mono.just(false);
    }
    rows.put(
        id.value(),
        c.updated(ClientStatus.ACTIVE, expiresAt, trafficLimit, limitIp, TrafficUsage.NONE));
    return Mono.just(true);
  }

  @Override
  public synchronized Mono<Integer> discardPending(OrderId orderId, Instant at) {
    List<ServerClientId> pending = new ArrayList<>();
    rows.values().stream()
        .filter(c -> orderId.equals(c.orderId()) && c.status() == ClientStatus.PENDING)
        .forEach(c -> pending.add(c.id()));
    pending.forEach(id -> update(id, ClientStatus.DELETED));
    return Mono.just(pending.size());
  }

  synchronized void put(StoredClient client) {
    rows.put(client.id().value(), client);
  }

  synchronized List<StoredClient> all() {
    return List.copyOf(rows.values());
  }

  private void update(ServerClientId id, ClientStatus status) {
    rows.put(id.value(), rows.get(id.value()).updated(status));
  }
}
