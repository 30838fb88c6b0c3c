package com.thousandproxy.application.lifecycle;

import static com.thousandproxy.application.lifecycle.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.ordering.testing.Fakes;
import com.thousandproxy.domain.client.ClientStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class ExpireClientsJobHandlerTest {

  private final LifecycleWorld world = new LifecycleWorld();
  private final List<Long> mailed = new ArrayList<>();
  private final ExpireClientsJobHandler handler =
      new ExpireClientsJobHandler(
          world,
          world.clientPanel,
          world.moves,
          client -> Mono.fromRunnable(() -> mailed.add(client.id().value())),
          new Fakes.DirectTransactions(),
          Duration.ofDays(7),
          100,
          world.clock);

  static Job job(String type, Map<String, String> arguments) {
    return new Job(
        1,
        type,
        arguments,
        JobPriority.LOW,
        JobStatus.RUNNING,
        1,
        5,
        LifecycleWorld.NOW,
        "test#1",
        LifecycleWorld.NOW.plusSeconds(60),
        null,
        LifecycleWorld.NOW,
        LifecycleWorld.NOW);
  }

  private JobResult run() {
    return handler.handle(job(LifecycleJobs.EXPIRE_CLIENTS, Map.of())).block();
  }

  @Test
  void a_client_past_its_expiry_is_disabled_on_the_panel_and_becomes_expired() {
    world.add(aClient().expiringAt(LifecycleWorld.NOW.minusSeconds(1)));
    world.panel.has("c1@1000proxy", 0, 0);

    assertThat(run()).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("disable c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.EXPIRED);
    assertThat(world.audits).singleElement().extracting("action").isEqualTo("client.expired");
    assertThat(mailed).containsExactly(1L);
  }

  @Test
  void a_client_that_expired_is_not_mailed_again_by_the_next_run() {
    world.add(aClient().expiringAt(LifecycleWorld.NOW.minusSeconds(1)));

    run();
    run();

    assertThat(mailed).containsExactly(1L);
  }

  @Test
  void a_client_still_running_is_left_alone() {
    world.add(aClient().expiringAt(LifecycleWorld.NOW.plusSeconds(60)));

    run();

    assertThat(world.panel.calls).isEmpty();
    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void a_client_the_panel_no_longer_has_still_expires() {
    world.add(aClient().expiringAt(LifecycleWorld.NOW.minusSeconds(1)));

    run();

    assertThat(world.status(1)).isEqualTo(ClientStatus.EXPIRED);
  }

  @Test
  void an_unreachable_panel_leaves_the_client_for_the_next_run() {
    world.add(aClient().expiringAt(LifecycleWorld.NOW.minusSeconds(1)));
    world.panel.down = true;

    assertThat(run()).isEqualTo(JobResult.done());

    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
    assertThat(world.audits).isEmpty();
    assertThat(mailed).isEmpty();
  }

  @Test
  void a_client_expired_longer_than_the_grace_is_deleted_from_the_panel() {
    world.add(
        aClient()
            .withStatus(ClientStatus.EXPIRED)
            .expiringAt(LifecycleWorld.NOW.minus(Duration.ofDays(8))));
    world.panel.has("c1@1000proxy", 0, 0);

    run();

    assertThat(world.panel.calls).containsExactly("delete c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.DELETED);
  }

  @Test
  void a_client_expired_within_the_grace_is_kept() {
    world.add(
        aClient()
            .withStatus(ClientStatus.EXPIRED)
            .expiringAt(LifecycleWorld.NOW.minus(Duration.ofDays(6))));

    run();

    assertThat(world.panel.calls).isEmpty();
    assertThat(world.status(1)).isEqualTo(ClientStatus.EXPIRED);
  }
}
