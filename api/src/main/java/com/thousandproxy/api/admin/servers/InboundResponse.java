package com.thousandproxy.api.admin.servers;

import com.thousandproxy.application.server.StoredInbound;

/**
 * A stored inbound of a server: {@code id} is ours (plans pool it), the panel's number beside it.
 */
public record InboundResponse(
    long id,
    int panelInboundId,
    String protocol,
    int port,
    String remark,
    String network,
    String security,
    boolean enabled) {

  static InboundResponse from(StoredInbound stored) {
    var inbound = stored.inbound();
    return new InboundResponse(
        inbound.id().value(),
        inbound.panelInboundId(),
        inbound.protocol().wireName(),
        inbound.port(),
        inbound.remark(),
        inbound.network(),
        inbound.security(),
        stored.enabled());
  }
}
