package com.thousandproxy.api.jobs;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.jobs.JobNotFoundException;
import com.thousandproxy.application.jobs.JobNotRetryableException;
import org.springframework.http.HttpStatus;

/** How job administration's outcomes read on the wire. */
final class JobErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof JobNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Job not found");
    }
    if (error instanceof JobNotRetryableException notRetryable) {
      return new ApiError(
          HttpStatus.CONFLICT,
          "The job is " + notRetryable.status() + "; only a DEAD job can be retried");
    }
    if (error instanceof JobWorkersDisabledException disabled) {
      return new ApiError(HttpStatus.CONFLICT, disabled.getMessage());
    }
    return null;
  }
}
