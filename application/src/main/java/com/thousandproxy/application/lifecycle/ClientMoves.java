package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.domain.client.ClientStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Stores a client's status move (compare-and-set on its version) and audits it with the reason, so
 * every lifecycle change leaves a trail; a move the client's state does not allow is refused.
 */
public final class ClientMoves {

  private final LifecycleClients clients;
  private final AuditLog audit;
  private final Clock clock;

  public ClientMoves(LifecycleClients clients, AuditLog audit, Clock clock) {
    this.clients = clients;
    this.audit = audit;
    this.clock = clock;
  }

  /** Emits true when the move was stored (false when the client changed meanwhile). */
  public Mono<Boolean> move(StoredClient client, ClientStatus to, String reason, AuditActor actor) {
    client.status().moveTo(to);
    Instant now = clock.instant();
    return clients
        .move(client.id(), client.version(), to, now)
        .flatMap(
            moved ->
                moved
                    ? audit
                        .record(
                            AuditEvent.of(actor, action(to), now)
                                .target("SERVER_CLIENT", client.id().value())
                                .details(Map.of("reason", reason, "from", client.status().name())))
                        .thenReturn(true)
                    : Mono.just(false));
  }

  private static String action(ClientStatus to) {
    return to == ClientStatus.ACTIVE
        ? "client.resumed"
        : "client." + to.name().toLowerCase(Locale.ROOT);
  }
}
