package com.thousandproxy.application.panel.port.out;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Provisions clients on a 3x-ui panel. Writes to one panel are applied one at a time; an add may be
 * retried safely (the gateway looks the clients up first, and a duplicate email that is ours counts
 * as applied). Business refusals are {@link PanelWriteOutcome}s; outages signal {@link
 * com.thousandproxy.application.panel.PanelUnavailableException}.
 */
public interface PanelClientGateway {

  /** Adds all clients to one inbound (one panel call where the panel allows it). */
  Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients);

  /**
   * Replaces the client now called {@code email} on the inbound with {@code client} (the whole
   * object: a field left empty is cleared on the panel).
   */
  Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client);

  /** Switches a client on or off, keeping everything else as the panel has it. */
  Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled);

  Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email);

  /** The traffic rows of every client of the panel, from one list call. */
  Flux<PanelClientTraffic> clientTraffic(PanelConnection panel);

  /** Sets a client's used traffic back to zero (and re-enables it if it was depleted). */
  Mono<PanelWriteOutcome> resetClientTraffic(PanelConnection panel, long inboundId, String email);

  /** Emails of the clients seen with traffic in the panel's last poll (about 10 s). */
  Mono<Set<String>> onlineClients(PanelConnection panel);

  /** Reachability, latency, dialect and client count; never errors. */
  Mono<PanelHealth> probe(PanelConnection panel);
}
