package com.thousandproxy.api.jobs;

/** This instance runs no job workers at all ({@code app.jobs.enabled=false}): nothing to switch. */
public final class JobWorkersDisabledException extends RuntimeException {

  public JobWorkersDisabledException() {
    super("job workers are disabled on this instance (app.jobs.enabled=false)");
  }
}
