package com.thousandproxy.application.provisioning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses an inbound for each unit: always on the server least loaded at that moment (clients over
 * capacity, then fewest clients, then lowest inbound id), never on a full server.
 */
public final class PlacementPlanner {

  private PlacementPlanner() {}

  /** One inbound per unit, or empty when the pool cannot take them all. */
  public static Optional<List<InboundCandidate>> place(
      List<InboundCandidate> candidates, int units) {
    Map<Long, Integer> used = new HashMap<>();
    candidates.forEach(c -> used.put(c.serverId().value(), c.serverClients()));
    Comparator<InboundCandidate> leastLoaded =
        Comparator.comparingDouble(
                (InboundCandidate c) -> load(used.get(c.serverId().value()), c.serverCapacity()))
            .thenComparingInt(c -> used.get(c.serverId().value()))
            .thenComparingLong(c -> c.inboundId().value());
    List<InboundCandidate> chosen = new ArrayList<>(units);
    for (int i = 0; i < units; i++) {
      Optional<InboundCandidate> best =
          candidates.stream()
              .filter(c -> used.get(c.serverId().value()) < c.serverCapacity())
              .min(leastLoaded);
      if (best.isEmpty()) {
        return Optional.empty();
      }
      chosen.add(best.get());
      used.merge(best.get().serverId().value(), 1, Integer::sum);
    }
    return Optional.of(chosen);
  }

  private static double load(int clients, int capacity) {
    return capacity <= 0 ? Double.MAX_VALUE : (double) clients / capacity;
  }
}
