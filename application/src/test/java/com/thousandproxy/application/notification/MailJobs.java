package com.thousandproxy.application.notification;

import com.thousandproxy.application.jobs.Job;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.JobStatus;
import java.time.Instant;
import java.util.Map;

/** Claimed jobs for the notification handlers' tests. */
final class MailJobs {

  private MailJobs() {}

  static Job job(String type, Map<String, String> arguments, Instant now) {
    return new Job(
        1,
        type,
        arguments,
        JobPriority.LOW,
        JobStatus.RUNNING,
        1,
        5,
        now,
        "t#1",
        now,
        null,
        now,
        now);
  }
}
