package com.thousandproxy.application.delivery.port.in;

import com.thousandproxy.application.delivery.ClientDelivery;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.Caller;
import reactor.core.publisher.Mono;

/** The caller's clients as delivered, from our records; another user's client is not found. */
public interface BrowseServerClientsUseCase {

  Mono<Page<ClientDelivery>> ownClients(Caller caller, PageRequest page);

  /** One client the caller owns (admins: any); {@code ServerClientNotFoundException} else. */
  Mono<ClientDelivery> client(Caller caller, long id);

  /** The caller's per-customer subscription token, issued on first use. */
  Mono<String> accountToken(Caller caller);
}
