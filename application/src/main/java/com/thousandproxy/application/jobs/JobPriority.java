package com.thousandproxy.application.jobs;

/** The queues of the original design: provisioning runs high, stats default, cleanup low. */
public enum JobPriority {
  HIGH,
  DEFAULT,
  LOW
}
