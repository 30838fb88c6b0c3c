package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.lifecycle.port.out.StuckOrders;
import com.thousandproxy.application.provisioning.ProvisionOrderCommand;
import com.thousandproxy.application.provisioning.port.in.ProvisionOrderUseCase;
import reactor.core.publisher.Mono;

/**
 * Runs {@code sweep-dead-provisioning}: an order whose provision job went DEAD without giving up
 * (the worker crashed on its last try and lease recovery buried the job) gets one more, final try,
 * which delivers it or fails and refunds it. Provisioning is idempotent, so a repeat is harmless.
 */
public final class SweepDeadProvisioningJobHandler implements JobHandler {

  private final StuckOrders stuck;
  private final ProvisionOrderUseCase provisioning;

  public SweepDeadProvisioningJobHandler(StuckOrders stuck, ProvisionOrderUseCase provisioning) {
    this.stuck = stuck;
    this.provisioning = provisioning;
  }

  @Override
  public String type() {
    return LifecycleJobs.SWEEP_DEAD_PROVISIONING;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    return stuck
        .withDeadProvisioning()
        .concatMap(orderId -> provisioning.provision(new ProvisionOrderCommand(orderId, true)))
        .then(Mono.just(JobResult.done()));
  }
}
