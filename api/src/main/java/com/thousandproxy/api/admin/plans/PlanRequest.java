package com.thousandproxy.api.admin.plans;

import java.util.List;

/**
 * A plan as an admin sends it. {@code price} is {@code {amount: "9.99", currency: "USD"}}; {@code
 * bandwidthLimitGb} null means unlimited; {@code protocol} may be left out, it is then the one the
 * pool's inbounds speak.
 */
public record PlanRequest(
    String name,
    String description,
    MoneyRequest price,
    Integer durationDays,
    Integer maxConnections,
    Long bandwidthLimitGb,
    String protocol,
    Long categoryId,
    Long brandId,
    List<Long> inboundIds,
    Boolean active) {

  /** Money on the wire: the amount as a decimal string. */
  public record MoneyRequest(String amount, String currency) {}
}
