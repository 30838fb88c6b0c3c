package com.thousandproxy.application.jobs;

import com.thousandproxy.domain.identity.Caller;
import java.util.Objects;

/** An admin puts a DEAD job back in the queue; audited with the admin and the client address. */
public record RetryJobCommand(Caller admin, long jobId, String clientIp) {

  public RetryJobCommand {
    Objects.requireNonNull(admin, "admin");
  }
}
