package com.thousandproxy.api.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.panel.InMemoryPanelWriteLock;
import com.thousandproxy.adapters.persistence.panel.RedisPanelWriteLock;
import com.thousandproxy.adapters.xui.InMemoryPanelSessionStore;
import com.thousandproxy.adapters.xui.ThreeXuiPanelClientGateway;
import com.thousandproxy.adapters.xui.XuiSettings;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;

/**
 * Two application instances, each with its own real 3x-ui adapter (own sessions, in-process queue
 * and breaker) and its own Redis connection, adding clients to one WireMock panel at the same time:
 * the Redis write lock makes their writes reach the panel one at a time. Without a shared lock the
 * same load overlaps, which shows the panel would notice.
 */
class PanelWritesAcrossInstancesIT {

  private final FakeXuiPanel panel = new FakeXuiPanel();
  private final List<LettuceConnectionFactory> connections = new ArrayList<>();
  private final String prefix = "it-panel-write-lock:" + UUID.randomUUID() + ":";

  @AfterEach
  void stop() {
    panel.stop();
    connections.forEach(LettuceConnectionFactory::destroy);
  }

  @Test
  void two_instances_sharing_the_redis_lock_never_write_to_one_panel_at_once() {
    List<PanelWriteOutcome> outcomes =
        addConcurrently(instanceWith(redisLock()), instanceWith(redisLock()));

    assertThat(outcomes).hasSize(20).allMatch(PanelWriteOutcome::isApplied);
    assertThat(panel.allClients()).hasSize(20);
    assertThat(panel.mostWritesAtOnce.get()).isEqualTo(1);
  }

  @Test
  void two_instances_each_with_only_an_in_process_lock_do_overlap() {
    addConcurrently(instanceWith(localLock()), instanceWith(localLock()));

    assertThat(panel.mostWritesAtOnce.get()).isGreaterThan(1);
  }

  private List<PanelWriteOutcome> addConcurrently(
      ThreeXuiPanelClientGateway first, ThreeXuiPanelClientGateway second) {
    panel.inbound(1, "vless");
    panel.writeMillis = 30;
    PanelConnection connection = PanelConnection.withLogin(panel.url(), "admin", "pa55");
    return Flux.range(0, 20)
        .flatMap(
            i ->
                (i % 2 == 0 ? first : second)
                    .addClients(
                        connection,
                        1,
                        List.of(PanelClient.withUuid("c" + i, UUID.randomUUID().toString(), "s"))),
            20)
        .collectList()
        .block(Duration.ofSeconds(90));
  }

  private ThreeXuiPanelClientGateway instanceWith(PanelWriteLock lock) {
    return new ThreeXuiPanelClientGateway(
        XuiSettings.defaults().withRetry(1, Duration.ofMillis(10)),
        new InMemoryPanelSessionStore(),
        lock);
  }

  private PanelWriteLock redisLock() {
    LettuceConnectionFactory factory =
        new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
    factory.afterPropertiesSet();
    factory.start();
    connections.add(factory);
    return new RedisPanelWriteLock(
        new ReactiveStringRedisTemplate(factory),
        prefix,
        Duration.ofSeconds(30),
        Duration.ofMinutes(1));
  }

  private static PanelWriteLock localLock() {
    return new InMemoryPanelWriteLock(Duration.ofSeconds(30), Duration.ofMinutes(1));
  }
}
