package com.thousandproxy.application.delivery.service;

import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.ServerClientNotFoundException;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.identity.Caller;
import reactor.core.publisher.Mono;

/** The one visibility rule: own or admin, never deleted; anything else is not found. */
final class VisibleClients {

  private VisibleClients() {}

  static Mono<DeliveredClient> find(DeliveryRecords records, Caller caller, long id) {
    if (id <= 0) {
      return Mono.error(new ServerClientNotFoundException(id));
    }
    return records
        .find(new ServerClientId(id))
        .filter(found -> found.client().status() != ClientStatus.DELETED)
        .filter(found -> caller.mayAccessResourceOf(found.client().owner()))
        .switchIfEmpty(Mono.error(() -> new ServerClientNotFoundException(id)));
  }
}
