package com.thousandproxy.application.provisioning.port.out;

import com.thousandproxy.application.provisioning.InboundCandidate;
import com.thousandproxy.domain.catalog.PlanId;
import java.util.List;
import reactor.core.publisher.Mono;

/** Where a plan's clients can go: the usable inbounds of its pool with their servers' load. */
public interface ClientPlacement {

  /**
   * The plan's candidate inbounds. Inside a transaction the servers involved stay locked until it
   * ends, so clients counted here and clients inserted before the commit cannot overfill a server.
   */
  Mono<List<InboundCandidate>> lockCandidates(PlanId planId);
}
