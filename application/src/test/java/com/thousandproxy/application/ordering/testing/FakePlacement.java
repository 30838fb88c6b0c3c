package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.provisioning.InboundCandidate;
import com.thousandproxy.application.provisioning.port.out.ClientPlacement;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Each plan's pool as one inbound on one server with the free slots the test sets (default 10). */
public final class FakePlacement implements ClientPlacement {

  private final Map<Long, Integer> freeSlots = new ConcurrentHashMap<>();

  public FakePlacement withFreeSlots(long planId, int slots) {
    freeSlots.put(planId, slots);
    return this;
  }

  @Override
  public Mono<List<InboundCandidate>> lockCandidates(PlanId planId) {
    int capacity = 100;
    int free = freeSlots.getOrDefault(planId.value(), 10);
    return Mono.just(
        List.of(
            new InboundCandidate(
                new InboundId(planId.value()),
                new ServerId(planId.value()),
                capacity,
                capacity - free,
                null)));
  }
}
