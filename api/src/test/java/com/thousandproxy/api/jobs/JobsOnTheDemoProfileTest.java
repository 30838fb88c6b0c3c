package com.thousandproxy.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobFilter;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.jobs.JobStatus;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.shared.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;

/** The worker pool runs in the embedded demo profile too: a job enqueued on H2 gets done. */
@DemoApplicationTest
class JobsOnTheDemoProfileTest {

  @TestConfiguration
  static class EchoHandler {

    @Bean
    JobHandler echo() {
      return new JobHandler() {
        @Override
        public String type() {
          return "demo-echo";
        }

        @Override
        public Mono<JobResult> handle(Job job) {
          return Mono.just(JobResult.done());
        }
      };
    }
  }

  @Autowired JobQueue queue;
  @Autowired JobStore store;

  @Test
  void aJobEnqueuedOnH2IsClaimedWithSkipLockedAndSucceeds() throws InterruptedException {
    NewJob job =
        new NewJob("demo-echo", Map.of("n", "1"), JobPriority.LOW, Instant.now(), "demo-echo:1");
    assertThat(queue.enqueue(job).block()).isTrue();
    assertThat(queue.enqueue(job).block()).as("deduplicated").isFalse();

    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (succeeded() == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(succeeded()).isEqualTo(1);
  }

  private long succeeded() {
    return store
        .list(new JobFilter(JobStatus.SUCCEEDED, "demo-echo"), new PageRequest(0, 10))
        .block()
        .total();
  }
}
