package com.thousandproxy.application.panel.port.out;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelInbound;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads a panel's inbounds with their parsed stream settings and clients. */
public interface PanelInboundReader {

  Flux<PanelInbound> inbounds(PanelConnection panel);

  /** The inbound with this id, or empty when the panel has none. */
  Mono<PanelInbound> inbound(PanelConnection panel, long inboundId);
}
