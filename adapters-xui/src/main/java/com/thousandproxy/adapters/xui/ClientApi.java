package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Mono;

/** The client calls of one panel dialect; each method is a single attempt, without retries. */
interface ClientApi {

  Mono<PanelWriteOutcome> add(PanelConnection panel, long inboundId, List<PanelClient> clients);

  /** Those of the emails that the inbound holds, keyed by {@link PanelClient#emailKey()}. */
  Mono<Map<String, PanelClient>> find(
      PanelConnection panel, long inboundId, Collection<String> emails);

  Mono<PanelWriteOutcome> update(
      PanelConnection panel, long inboundId, String email, PanelClient client);

  Mono<PanelWriteOutcome> delete(PanelConnection panel, long inboundId, String email);

  Mono<PanelWriteOutcome> resetTraffic(PanelConnection panel, long inboundId, String email);

  Mono<Set<String>> onlines(PanelConnection panel);
}
