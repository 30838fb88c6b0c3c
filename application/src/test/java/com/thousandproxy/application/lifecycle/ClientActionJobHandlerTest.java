package com.thousandproxy.application.lifecycle;

import static com.thousandproxy.application.lifecycle.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ClientActionJobHandlerTest {

  private final LifecycleWorld world = new LifecycleWorld();
  private final ClientActionJobHandler handler =
      new ClientActionJobHandler(finder(world), world, world.clientPanel, world.moves, world.clock);

  /** find(id) over the world's clients (the only method the admin code uses). */
  static ServerClientRepository finder(LifecycleWorld world) {
    return (ServerClientRepository)
        Proxy.newProxyInstance(
            ClientActionJobHandlerTest.class.getClassLoader(),
            new Class<?>[] {ServerClientRepository.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("find")) {
                throw new UnsupportedOperationException(method.getName());
              }
              return Mono.justOrEmpty(world.clients.get(((ServerClientId) args[0]).value()));
            });
  }

  private JobResult run(String action) {
    return handler
        .handle(
            ExpireClientsJobHandlerTest.job(
                ClientActionJobHandler.TYPE,
                Map.of("clientId", "1", "action", action, "adminId", "9")))
        .block();
  }

  @Test
  void suspend_disables_the_client_on_the_panel_and_audits_the_admin() {
    world.add(aClient());
    world.panel.has("c1@1000proxy", 0, 0);

    assertThat(run("suspend")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("disable c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.SUSPENDED);
    assertThat(world.audits)
        .singleElement()
        .satisfies(e -> assertThat(e.actor().userId().value()).isEqualTo(9));
  }

  @Test
  void resume_enables_a_suspended_client_again() {
    world.add(aClient().withStatus(ClientStatus.SUSPENDED));
    world.panel.has("c1@1000proxy", 0, 0);

    assertThat(run("resume")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("enable c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void resume_of_an_expired_client_is_refused_for_good() {
    world.add(
        aClient()
            .withStatus(ClientStatus.SUSPENDED)
            .expiringAt(LifecycleWorld.NOW.minusSeconds(1)));

    assertThat(run("resume")).isInstanceOf(JobResult.Failed.class);
    assertThat(world.panel.calls).isEmpty();
  }

  @Test
  void reset_traffic_resets_the_panel_counters_and_ours() {
    world.add(aClient());
    world.panel.has("c1@1000proxy", 5, 5);

    assertThat(run("reset-traffic")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("reset c1@1000proxy");
    assertThat(world.snapshots.get(1L).totalBytes()).isZero();
  }

  @Test
  void delete_removes_the_client_from_the_panel_and_marks_it_deleted() {
    world.add(aClient());
    world.panel.has("c1@1000proxy", 0, 0);

    assertThat(run("delete")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("delete c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.DELETED);
  }

  @Test
  void an_unreachable_panel_asks_for_another_try() {
    world.add(aClient());
    world.panel.down = true;

    assertThat(run("suspend")).isInstanceOf(JobResult.RetryLater.class);
    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
  }
}
