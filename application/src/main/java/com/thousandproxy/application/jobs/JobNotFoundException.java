package com.thousandproxy.application.jobs;

/** No job has the given id. */
public final class JobNotFoundException extends RuntimeException {

  private final long jobId;

  public JobNotFoundException(long jobId) {
    super("job " + jobId + " not found");
    this.jobId = jobId;
  }

  public long jobId() {
    return jobId;
  }
}
