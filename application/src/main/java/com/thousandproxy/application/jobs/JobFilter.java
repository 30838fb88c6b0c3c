package com.thousandproxy.application.jobs;

/** Filters of the admin job listing; null means any. Newest jobs come first. */
public record JobFilter(JobStatus status, String type) {

  public static final JobFilter ALL = new JobFilter(null, null);

  public static JobFilter status(JobStatus status) {
    return new JobFilter(status, null);
  }
}
