package com.thousandproxy.application.catalog;

import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.util.List;

/**
 * A plan as the public catalog shows it: its locations are those of the active servers in its
 * inbound pool, and it is available while one of them has room for another client.
 *
 * @param bandwidthLimitGb null means unlimited traffic
 */
public record PlanView(
    long id,
    String name,
    String description,
    Money price,
    int durationDays,
    int maxConnections,
    Integer bandwidthLimitGb,
    Protocol protocol,
    CategoryView category,
    BrandView brand,
    List<String> locations,
    boolean available) {

  public PlanView {
    locations = List.copyOf(locations);
  }
}
