package com.thousandproxy.application.jobs;

/**
 * Where a job is in its life: QUEUED until a worker claims it, RUNNING under that worker's lease,
 * then SUCCEEDED, or back to QUEUED (with its last error) to be tried again after a backoff, or
 * DEAD when its tries are used up or it failed for good. FAILED is kept for the schema's sake and
 * never written: a job waiting for its next try is QUEUED with attempts above zero.
 */
public enum JobStatus {
  QUEUED,
  RUNNING,
  SUCCEEDED,
  FAILED,
  DEAD
}
