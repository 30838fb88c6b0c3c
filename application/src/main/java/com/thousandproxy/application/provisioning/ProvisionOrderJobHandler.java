package com.thousandproxy.application.provisioning;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.JobResult;
import com.thousandproxy.application.provisioning.port.in.ProvisionOrderUseCase;
import com.thousandproxy.domain.ordering.OrderId;
import reactor.core.publisher.Mono;

/**
 * Runs {@code provision-order} jobs (argument {@code orderId}; purchases and renewals alike). The
 * job's last try tells the use case to end the order rather than ask for another try, so a job that
 * goes DEAD leaves the order FAILED and refunded.
 */
public final class ProvisionOrderJobHandler implements JobHandler {

  public static final String TYPE = "provision-order";

  private final ProvisionOrderUseCase provisioning;

  public ProvisionOrderJobHandler(ProvisionOrderUseCase provisioning) {
    this.provisioning = provisioning;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public Mono<JobResult> handle(Job job) {
    OrderId orderId;
    try {
      orderId = new OrderId(Long.parseLong(job.argument("orderId")));
    } catch (IllegalArgumentException e) {
      return Mono.just(JobResult.failedPermanently("bad orderId: " + e.getMessage()));
    }
    return provisioning
        .provision(new ProvisionOrderCommand(orderId, job.isLastAttempt()))
        .map(ProvisionOrderJobHandler::result);
  }

  static JobResult result(ProvisioningOutcome outcome) {
    if (outcome instanceof ProvisioningOutcome.RetryLater retry) {
      return JobResult.retryLater(retry.reason());
    }
    if (outcome instanceof ProvisioningOutcome.GaveUp gaveUp) {
      return JobResult.failedPermanently(
          gaveUp.reason() + " (refunded " + gaveUp.refunded().toPlainString() + ")");
    }
    return JobResult.done();
  }
}
