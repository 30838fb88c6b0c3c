package com.thousandproxy.application.notification;

import com.thousandproxy.domain.client.ServerClientId;
import reactor.core.publisher.Mono;

/** Clients as the e-mails show them: the links and subscription URL of the client page. */
public interface MailedClients {

  /** The client as mailed; empty when there is no such client. */
  Mono<MailedClient> of(ServerClientId id);
}
