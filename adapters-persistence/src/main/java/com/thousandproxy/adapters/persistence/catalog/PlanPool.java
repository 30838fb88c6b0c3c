package com.thousandproxy.adapters.persistence.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a plan's inbound pool offers: the distinct locations of its active servers, sorted, and
 * whether one of them still has room for a client.
 */
record PlanPool(List<String> locations, boolean available) {

  static final PlanPool EMPTY = new PlanPool(List.of(), false);

  PlanPool {
    locations = List.copyOf(locations);
  }

  /** Groups pool rows by plan; a plan without rows has no pool entry (see {@link #EMPTY}). */
  static Map<Long, PlanPool> byPlan(Collection<PoolServerRow> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                PoolServerRow::planId,
                Collectors.collectingAndThen(Collectors.toList(), PlanPool::of)));
  }

  private static PlanPool of(List<PoolServerRow> rows) {
    TreeSet<String> locations = new TreeSet<>();
    rows.forEach(row -> locations.add(row.location()));
    boolean available = rows.stream().anyMatch(PoolServerRow::hasRoom);
    return new PlanPool(new ArrayList<>(locations), available);
  }
}
