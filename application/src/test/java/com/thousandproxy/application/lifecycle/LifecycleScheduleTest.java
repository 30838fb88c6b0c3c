package com.thousandproxy.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class LifecycleScheduleTest {

  private final LifecycleWorld world = new LifecycleWorld();
  private final List<NewJob> enqueued = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private final JobQueue queue =
      job -> {
        boolean added = keys.add(job.dedupKey());
        if (added) {
          enqueued.add(job);
        }
        return Mono.just(added);
      };

  private LifecycleSchedule schedule() {
    return new LifecycleSchedule(
        queue, world, Duration.ofMinutes(1), Duration.ofMinutes(5), world.clock);
  }

  @Test
  void a_tick_enqueues_expiry_the_sweep_and_one_traffic_sync_per_server() {
    assertThat(schedule().tick().block()).isEqualTo(3);

    long slot = LifecycleWorld.NOW.toEpochMilli() / 300_000;
    assertThat(enqueued)
        .extracting(NewJob::dedupKey)
        .contains("traffic-sync:1:" + slot)
        .anyMatch(key -> key.startsWith("expiry:"));
  }

  @Test
  void a_second_instance_ticking_in_the_same_slot_adds_nothing() {
    schedule().tick().block();

    assertThat(schedule().tick().block()).isZero();
    assertThat(enqueued).hasSize(3);
  }
}
