package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Writes that may be repeated after an outage although the panel has no idempotency: an add looks
 * the clients up before trying again and sends only the missing ones; a delete first checks whether
 * the client is still there. A duplicate email that turns out to be our own client is success.
 */
final class SafeWrites {

  private static final Logger LOG = LoggerFactory.getLogger("xui");

  private final PanelGuards guards;

  SafeWrites(PanelGuards guards) {
    this.guards = guards;
  }

  Mono<PanelWriteOutcome> add(
      PanelConnection panel, ClientApi api, long inboundId, List<PanelClient> clients) {
    return guarded(
            panel,
            () -> api.add(panel, inboundId, clients),
            () -> addMissing(panel, api, inboundId, clients))
        .flatMap(
            outcome ->
                outcome instanceof PanelWriteOutcome.DuplicateEmail
                    ? addMissing(panel, api, inboundId, clients)
                    : Mono.just(outcome));
  }

  Mono<PanelWriteOutcome> delete(
      PanelConnection panel, ClientApi api, long inboundId, String email) {
    return guarded(
        panel,
        () -> api.delete(panel, inboundId, email),
        () ->
            api.find(panel, inboundId, List.of(email))
                .flatMap(
                    found ->
                        found.isEmpty()
                            ? Mono.just(PanelWriteOutcome.applied())
                            : api.delete(panel, inboundId, email)));
  }

  /** A write whose repetition does no harm (full replacement, reset to zero). */
  Mono<PanelWriteOutcome> repeatable(
      PanelConnection panel, Supplier<Mono<PanelWriteOutcome>> write) {
    return guarded(panel, write, write);
  }

  Mono<PanelWriteOutcome> setEnabled(
      PanelConnection panel, ClientApi api, long inboundId, String email, boolean enabled) {
    return api.find(panel, inboundId, List.of(email))
        .flatMap(
            found -> {
              PanelClient current = found.values().stream().findFirst().orElse(null);
              if (current == null || !current.email().equals(email)) {
                return Mono.just(new PanelWriteOutcome.NotFound("client " + email));
              }
              return api.update(panel, inboundId, email, current.withEnable(enabled));
            });
  }

  private Mono<PanelWriteOutcome> guarded(
      PanelConnection panel,
      Supplier<Mono<PanelWriteOutcome>> first,
      Supplier<Mono<PanelWriteOutcome>> again) {
    AtomicBoolean firstAttempt = new AtomicBoolean(true);
    return guards.retrying(
        panel,
        Mono.defer(
            () -> {
              if (firstAttempt.getAndSet(false)) {
                return first.get();
              }
              LOG.info(
                  "{}: result of the last attempt unknown, checking before retrying",
                  panel.baseUrl());
              return again.get();
            }));
  }

  /** Adds the clients the inbound does not hold yet; one held but not ours is a duplicate. */
  private Mono<PanelWriteOutcome> addMissing(
      PanelConnection panel, ClientApi api, long inboundId, List<PanelClient> clients) {
    return api.find(panel, inboundId, clients.stream().map(PanelClient::email).toList())
        .flatMap(
            found -> {
              Retry retry = Retry.of(clients, found);
              if (retry.foreignEmail() != null) {
                return Mono.just(new PanelWriteOutcome.DuplicateEmail(retry.foreignEmail()));
              }
              if (retry.missing().isEmpty()) {
                LOG.info(
                    "{}: all {} client(s) already on inbound {} and ours",
                    panel.baseUrl(),
                    clients.size(),
                    inboundId);
                return Mono.just(PanelWriteOutcome.applied());
              }
              return api.add(panel, inboundId, retry.missing());
            });
  }

  /**
   * What is left of an add once the inbound's clients with the same emails are known: the clients
   * it does not hold yet, or the email of one it holds that is not ours (a duplicate no retry
   * fixes). A client that is ours (same uuid or password and subId) counts as added.
   */
  record Retry(List<PanelClient> missing, String foreignEmail) {

    static Retry of(List<PanelClient> clients, Map<String, PanelClient> found) {
      List<PanelClient> missing = new ArrayList<>();
      for (PanelClient client : clients) {
        PanelClient there = found.get(client.emailKey());
        if (there == null) {
          missing.add(client);
        } else if (!client.sameAccountAs(there)) {
          return new Retry(List.of(), client.email());
        }
      }
      return new Retry(List.copyOf(missing), null);
    }
  }
}
