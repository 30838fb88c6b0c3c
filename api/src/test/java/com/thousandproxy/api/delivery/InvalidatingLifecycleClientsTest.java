package com.thousandproxy.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class InvalidatingLifecycleClientsTest {

  private final RecordingFeedCache cache = new RecordingFeedCache();

  @Test
  void a_status_change_drops_the_clients_cached_feed() {
    var clients = new InvalidatingLifecycleClients(new Store(), cache);

    assertThat(clients.move(new ServerClientId(5), 1, ClientStatus.EXPIRED, Instant.EPOCH).block())
        .isTrue();

    assertThat(cache.invalidated).containsExactly(5L);
  }

  @Test
  void new_usage_drops_the_clients_cached_feed() {
    var clients = new InvalidatingLifecycleClients(new Store(), cache);

    clients.recordUsage(new ServerClientId(9), new TrafficUsage(1, 2), Instant.EPOCH).block();

    assertThat(cache.invalidated).containsExactly(9L);
  }

  private static final class Store implements LifecycleClients {
    @Override
    public Flux<StoredClient> dueToExpire(Instant now, int limit) {
      return Flux.empty();
    }

    @Override
    public Flux<StoredClient> dueForDeletion(Instant cutoff, int limit) {
      return Flux.empty();
    }

    @Override
    public Flux<StoredClient> onServer(ServerId serverId) {
      return Flux.empty();
    }

    @Override
    public Flux<ServerId> servers() {
      return Flux.empty();
    }

    @Override
    public Mono<Boolean> move(ServerClientId id, long expected, ClientStatus to, Instant at) {
      return Mono.just(true);
    }

    @Override
    public Mono<Void> recordUsage(ServerClientId id, TrafficUsage usage, Instant at) {
      return Mono.empty();
    }
  }
}
