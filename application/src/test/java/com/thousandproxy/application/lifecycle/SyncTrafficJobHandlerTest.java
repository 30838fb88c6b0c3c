package com.thousandproxy.application.lifecycle;

import static com.thousandproxy.application.lifecycle.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.TrafficUsage;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyncTrafficJobHandlerTest {

  private static final long GB = BandwidthLimit.BYTES_PER_GB;

  private final LifecycleWorld world = new LifecycleWorld();
  private final SyncTrafficJobHandler handler =
      new SyncTrafficJobHandler(
          world, world.directory, world.panel, world.moves, world, world.clock);

  private JobResult sync(String serverId) {
    return handler
        .handle(
            ExpireClientsJobHandlerTest.job(
                LifecycleJobs.SYNC_TRAFFIC, Map.of("serverId", serverId)))
        .block();
  }

  @Test
  void usage_of_every_client_comes_from_one_list_call() {
    world.add(aClient().withId(1));
    world.add(aClient().withId(2));
    world.panel.has("c1@1000proxy", 10, 20);
    world.panel.has("c2@1000proxy", 30, 40);

    assertThat(sync("1")).isEqualTo(JobResult.done());

    assertThat(world.panel.calls).containsExactly("list");
    assertThat(world.snapshots.get(1L)).isEqualTo(new TrafficUsage(10, 20));
    assertThat(world.snapshots.get(2L)).isEqualTo(new TrafficUsage(30, 40));
  }

  @Test
  void an_active_client_over_its_quota_is_disabled_and_suspended_for_quota() {
    world.add(aClient());
    world.panel.has("c1@1000proxy", GB / 2, GB / 2);

    sync("1");

    assertThat(world.panel.calls).containsExactly("list", "disable c1@1000proxy");
    assertThat(world.status(1)).isEqualTo(ClientStatus.SUSPENDED);
    assertThat(world.audits)
        .singleElement()
        .satisfies(e -> assertThat(e.details()).containsEntry("reason", "quota"));
  }

  @Test
  void an_unlimited_client_is_never_over_quota() {
    world.add(aClient().unlimited());
    world.panel.has("c1@1000proxy", 50 * GB, 50 * GB);

    sync("1");

    assertThat(world.status(1)).isEqualTo(ClientStatus.ACTIVE);
  }

  @Test
  void an_active_client_missing_on_the_panel_is_recreated_with_its_identity() {
    world.add(aClient());

    sync("1");
    sync("1");

    assertThat(world.panel.calls).containsExactly("list", "add c1@1000proxy", "list");
  }

  @Test
  void a_client_delivered_while_the_panel_is_listed_is_not_added_again() {
    world.panel.afterListing =
        () -> {
          world.panel.has("c1@1000proxy", 0, 0);
          world.add(aClient());
        };

    sync("1");

    assertThat(world.panel.calls).containsExactly("list");
  }

  @Test
  void a_suspended_client_missing_on_the_panel_is_not_recreated() {
    world.add(aClient().withStatus(ClientStatus.SUSPENDED));

    sync("1");

    assertThat(world.panel.calls).containsExactly("list");
  }

  @Test
  void panel_clients_we_do_not_know_are_reported_and_left_alone() {
    world.add(aClient());
    world.panel.has("c1@1000proxy", 0, 0);
    world.panel.has("stranger@else", 0, 0);

    sync("1");

    assertThat(world.unknown).isEqualTo(Set.of("stranger@else"));
    assertThat(world.panel.calls).containsExactly("list");
  }

  @Test
  void an_unreachable_panel_asks_for_another_try() {
    world.add(aClient());
    world.panel.down = true;

    assertThat(sync("1")).isInstanceOf(JobResult.RetryLater.class);
  }

  @Test
  void an_unknown_server_fails_for_good() {
    assertThat(sync("99"))
        .isInstanceOfSatisfying(JobResult.Failed.class, f -> assertThat(f.permanent()).isTrue());
  }
}
