package com.thousandproxy.api.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.provisioning.NewClient;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class InvalidatingServerClientsTest {

  private final RecordingFeedCache cache = new RecordingFeedCache();
  private final ServerClientRepository clients = new InvalidatingServerClients(new Store(), cache);

  @Test
  void activated_clients_drop_their_cached_feeds() {
    int moved =
        clients
            .activate(List.of(new ServerClientId(3), new ServerClientId(4)), Instant.EPOCH)
            .block();

    assertThat(moved).isEqualTo(2);
    assertThat(cache.invalidated).containsExactly(3L, 4L);
  }

  @Test
  void a_renewal_drops_the_clients_cached_feed() {
    boolean renewed =
        clients
            .renew(
                new ServerClientId(8),
                1,
                Instant.EPOCH,
                BandwidthLimit.unlimited(),
                2,
                Instant.EPOCH)
            .block();

    assertThat(renewed).isTrue();
    assertThat(cache.invalidated).containsExactly(8L);
  }

  @Test
  void reads_and_pending_inserts_leave_the_cache_alone() {
    clients.find(new ServerClientId(1)).block();
    clients.findByOrder(new OrderId(1)).block();
    clients.insertPending(List.of(), Instant.EPOCH).block();
    clients.discardPending(new OrderId(1), Instant.EPOCH).block();

    assertThat(cache.invalidated).isEmpty();
  }

  private static final class Store implements ServerClientRepository {
    @Override
    public Mono<List<StoredClient>> findByOrder(OrderId orderId) {
      return Mono.just(List.of());
    }

    @Override
    public Mono<StoredClient> find(ServerClientId id) {
      return Mono.empty();
    }

    @Override
    public Mono<Integer> insertPending(List<NewClient> clients, Instant at) {
      return Mono.just(clients.size());
    }

    @Override
    public Mono<Integer> activate(Collection<ServerClientId> ids, Instant at) {
      return Mono.just(ids.size());
    }

    @Override
    public Mono<Boolean> renew(
        ServerClientId id,
        long expectedVersion,
        Instant expiresAt,
        BandwidthLimit trafficLimit,
        int limitIp,
        Instant at) {
      return Mono.just(true);
    }

    @Override
    public Mono<Integer> discardPending(OrderId orderId, Instant at) {
      return Mono.just(0);
    }
  }
}
