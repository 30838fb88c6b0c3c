package com.thousandproxy.application.server.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.server.AdminActor;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * What follows every admin change to servers, plans, categories or brands: the public catalog cache
 * and the cached subscription feeds (they carry server hosts, inbound settings and plan names) are
 * emptied, then the change is audited. Details never carry a secret.
 */
public final class CatalogChanges {

  private final CatalogCache cache;
  private final SubscriptionCache feeds;
  private final AuditLog audit;
  private final Clock clock;

  public CatalogChanges(CatalogCache cache, SubscriptionCache feeds, AuditLog audit, Clock clock) {
    this.cache = cache;
    this.feeds = feeds;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Invalidates the catalog and feed caches, then audits the change.
   *
   * @param action a dotted name such as {@code server.created}
   * @param targetType the kind of thing changed, e.g. {@code SERVER}
   */
  public Mono<Void> changed(
      AdminActor actor,
      String action,
      String targetType,
      long targetId,
      Map<String, String> details) {
    return cache
        .invalidateAll()
        .then(feeds.invalidateAll())
        .then(
            Mono.defer(
                () ->
                    audit.record(
                        AuditEvent.of(AuditActor.user(actor.userId()), action, clock.instant())
                            .target(targetType, targetId)
                            .details(details)
                            .from(actor.ipAddress()))));
  }
}
