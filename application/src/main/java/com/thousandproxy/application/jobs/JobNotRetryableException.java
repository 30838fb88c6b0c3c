package com.thousandproxy.application.jobs;

/** Only a DEAD job can be retried by hand; this one is in another state. */
public final class JobNotRetryableException extends RuntimeException {

  private final long jobId;
  private final JobStatus status;

  public JobNotRetryableException(long jobId, JobStatus status) {
    super("job " + jobId + " is " + status + ", only a DEAD job can be retried");
    this.jobId = jobId;
    this.status = status;
  }

  public long jobId() {
    return jobId;
  }

  public JobStatus status() {
    return status;
  }
}
