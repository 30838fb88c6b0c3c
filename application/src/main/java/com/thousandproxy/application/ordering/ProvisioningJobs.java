package com.thousandproxy.application.ordering;

import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.domain.ordering.OrderId;
import java.time.Instant;
import java.util.Map;

/** The jobs a paid or refunded order hands to the provisioning workers, one per order at most. */
public final class ProvisioningJobs {

  public static final String PROVISION_ORDER = "provision-order";
  public static final String SUSPEND_ORDER_CLIENTS = "suspend-order-clients";

  private ProvisioningJobs() {}

  public static NewJob provision(OrderId orderId, Instant now) {
    return job(PROVISION_ORDER, orderId, JobPriority.HIGH, now);
  }

  public static NewJob suspendClients(OrderId orderId, Instant now) {
    return job(SUSPEND_ORDER_CLIENTS, orderId, JobPriority.HIGH, now);
  }

  private static NewJob job(String type, OrderId orderId, JobPriority priority, Instant now) {
    String id = Long.toString(orderId.value());
    return new NewJob(type, Map.of("orderId", id), priority, now, type + ":" + id);
  }
}
