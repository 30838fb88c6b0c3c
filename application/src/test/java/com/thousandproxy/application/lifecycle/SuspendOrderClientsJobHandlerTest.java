package com.thousandproxy.application.lifecycle;

import static com.thousandproxy.application.lifecycle.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ClientStatus;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class SuspendOrderClientsJobHandlerTest {

  private final LifecycleWorld world = new LifecycleWorld();
  private final SuspendOrderClientsJobHandler handler =
      new SuspendOrderClientsJobHandler(byOrder(), world.clientPanel, world.moves);

  /** findByOrder over the world's clients (the only method the handler uses). */
  private ServerClientRepository byOrder() {
    return (ServerClientRepository)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ServerClientRepository.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("findByOrder")) {
                throw new UnsupportedOperationException(method.getName());
              }
              List<StoredClient> all = List.copyOf(world.clients.values());
              return Mono.just(all);
            });
  }

  private JobResult run(String orderId) {
    return handler
        .handle(
            ExpireClientsJobHandlerTest.job(
                SuspendOrderClientsJobHandler.TYPE, Map.of("orderId", orderId)))
        .block();
  }

  @Test
  void the_active_clients_of_a_refunded_order_are_disabled_and_suspended() {
    world.add(aClient().withId(1));
    world.add(aClient().withId(2).withStatus(ClientStatus.EXPIRED));
    world.panel.has("c1@1000proxy", 0, 0);

    assertThat(run("7")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("disable c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.SUSPENDED);
    assertThat(world.status(2)).isEqualTo(ClientStatus.EXPIRED);
    assertThat(world.audits)
        .singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("reason", "refund"));
  }

  @Test
  void an_unreachable_panel_asks_for_another_try() {
    world.add(aClient());
    world.panel.down = true;

    assertThat(run("7")).isInstanceOf(JobResult.RetryLater.class);
    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void a_bad_order_id_fails_for_good() {
    assertThat(run("x")).isInstanceOf(JobResult.Failed.class);
  }
}
