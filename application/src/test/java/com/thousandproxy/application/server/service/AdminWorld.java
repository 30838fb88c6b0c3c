package com.thousandproxy.application.server.service;

import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.panel.port.out.PanelInboundReader;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.DuplicateLabelException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.NewServer;
import com.thousandproxy.application.server.SealedCredentials;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.server.SyncedInbound;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.server.Inbound;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * In-memory stand-ins for every port the admin services use, wired into the services: a store of
 * servers, inbounds and labels, a reversible cipher, a recording cache and audit log, and a
 * scripted panel.
 */
public final class AdminWorld {

  public static final AdminActor ADMIN = new AdminActor(new UserId(7), "10.0.0.7");
  public static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final Servers servers = new Servers();
  public final Inbounds inbounds = new Inbounds();
  public final Labels labels = new Labels();
  public final ReversingCipher cipher = new ReversingCipher();
  public final CountingCache cache = new CountingCache();
  public final List<AuditEvent> audit = new ArrayList<>();
  public final ScriptedPanel panel = new ScriptedPanel();
  public final Transactions transactions =
      new Transactions() {
        @Override
        public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
          return Mono.defer(work);
        }
      };
  public final CountingFeeds feeds = new CountingFeeds();
  public final CatalogChanges changes = new CatalogChanges(cache, feeds, auditLog(), clock);

  public final ResolvePanelConnectionService connections =
      new ResolvePanelConnectionService(servers, cipher);
  public final ServerAdministrationService administration =
      new ServerAdministrationService(
          servers, inbounds, labels, cipher, transactions, changes, clock);
  public final SyncServerInboundsService sync =
      new SyncServerInboundsService(
          administration,
          connections,
          panel,
          panel,
          servers,
          inbounds,
          transactions,
          changes,
          clock);
  public final CheckServerHealthService health =
      new CheckServerHealthService(administration, connections, panel, servers, clock);

  private AuditLog auditLog() {
    return event ->
        Mono.fromRunnable(
            () -> {
              synchronized (audit) {
                audit.add(event);
              }
            });
  }

  public long category(String name) {
    return labels.add(LabelKind.CATEGORY, name, name.toLowerCase(), NOW).block().id();
  }

  public long brand(String name) {
    return labels.add(LabelKind.BRAND, name, name.toLowerCase(), NOW).block().id();
  }

  /** Seals as "sealed:" plus the text reversed, so tests can tell sealed from clear. */
  public static final class ReversingCipher implements SecretCipher {

    public int opened;

    @Override
    public String seal(String plainText) {
      return "sealed:" + new StringBuilder(plainText).reverse();
    }

    @Override
    public String open(String sealed) {
      opened++;
      if (!sealed.startsWith("sealed:")) {
        throw new com.thousandproxy.application.server.SecretsUnavailableException("not sealed");
      }
      return new StringBuilder(sealed.substring("sealed:".length())).reverse().toString();
    }
  }

  /** Counts invalidations; reads always load. */
  public static final class CountingCache implements CatalogCache {

    public int invalidations;

    @Override
    public Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader) {
      return loader;
    }

    @Override
    public Mono<List<BrandView>> brands(Mono<List<BrandView>> loader) {
      return loader;
    }

    @Override
    public Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader) {
      return loader;
    }

    @Override
    public Mono<PlanView> plan(long id, Mono<PlanView> loader) {
      return loader;
    }

    @Override
    public Mono<Void> invalidateAll() {
      return Mono.fromRunnable(() -> invalidations++);
    }
  }

  /** Counts the times every cached feed was dropped. */
  public static final class CountingFeeds implements SubscriptionCache {

    public int invalidations;

    @Override
    public Mono<Void> invalidateClient(ServerClientId id) {
      return Mono.error(new AssertionError("an admin change drops every feed, not one"));
    }

    @Override
    public Mono<Void> invalidateAll() {
      return Mono.fromRunnable(() -> invalidations++);
    }
  }

  /** Servers by id. */
  public static final class Servers implements ServerRepository {

    public final Map<Long, StoredServer> rows = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    public StoredServer get(long id) {
      return rows.get(id);
    }

    @Override
    public Mono<ServerId> add(NewServer server) {
      return Mono.fromSupplier(
          () -> {
            var id = new ServerId(ids.incrementAndGet());
            rows.put(
                id.value(),
                new StoredServer(
                    id,
                    server.settings(),
                    server.dialect(),
                    server.credentials(),
                    null,
                    null,
                    server.at(),
                    server.at()));
            return id;
          });
    }

    @Override
    public Mono<StoredServer> findById(ServerId id) {
      return Mono.fromSupplier(() -> rows.get(id.value()));
    }

    @Override
    public Mono<Page<StoredServer>> page(PageRequest page) {
      return Mono.fromSupplier(
          () -> new Page<>(List.copyOf(rows.values()), page.page(), page.size(), rows.size()));
    }

    @Override
    public Mono<Boolean> update(
        ServerId id,
        ServerSettings settings,
        ServerDialect dialect,
        SealedCredentials credentials,
        Instant at) {
      return Mono.fromSupplier(
          () -> {
            StoredServer old = rows.get(id.value());
            if (old == null) {
              return false;
            }
            rows.put(
                id.value(),
                new StoredServer(
                    id,
                    settings,
                    dialect,
                    credentials,
                    old.lastSyncedAt(),
                    old.lastCheckedAt(),
                    old.createdAt(),
                    at));
            return true;
          });
    }

    @Override
    public Mono<Void> markSynced(ServerId id, ServerDialect dialect, Instant at) {
      return Mono.fromRunnable(() -> mark(id, dialect, at, null));
    }

    @Override
    public Mono<Void> markChecked(ServerId id, ServerDialect dialect, Instant at) {
      return Mono.fromRunnable(() -> mark(id, dialect, null, at));
    }

    private void mark(ServerId id, ServerDialect dialect, Instant synced, Instant checked) {
      StoredServer old = rows.get(id.value());
      rows.put(
          id.value(),
          new StoredServer(
              id,
              old.settings(),
              dialect,
              old.credentials(),
              synced == null ? old.lastSyncedAt() : synced,
              checked == null ? old.lastCheckedAt() : checked,
              old.createdAt(),
              old.updatedAt()));
    }

    @Override
    public Mono<Boolean> delete(ServerId id) {
      return Mono.fromSupplier(() -> rows.remove(id.value()) != null);
    }
  }

  /** Inbounds by id, upserted by (server, panel inbound number) as the SQL adapter does. */
  public static final class Inbounds implements InboundRepository {

    public final Map<Long, StoredInbound> rows = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong(100);

    @Override
    public Mono<Void> replaceFromPanel(ServerId server, List<SyncedInbound> synced, Instant at) {
      return Mono.fromRunnable(
          () -> {
            for (var entry : List.copyOf(rows.entrySet())) {
              var stored = entry.getValue();
              if (stored.inbound().isOn(server)) {
                rows.put(
                    entry.getKey(),
                    new StoredInbound(stored.inbound(), false, stored.link(), stored.syncedAt()));
              }
            }
            for (SyncedInbound s : synced) {
              long id =
                  rows.values().stream()
                      .filter(i -> i.inbound().isOn(server))
                      .filter(i -> i.inbound().panelInboundId() == s.panelInboundId())
                      .map(i -> i.inbound().id().value())
                      .findFirst()
                      .orElseGet(ids::incrementAndGet);
              var inbound =
                  new Inbound(
                      new InboundId(id),
                      server,
                      s.panelInboundId(),
                      s.protocol(),
                      s.port(),
                      s.remark(),
                      s.network(),
                      s.security());
              rows.put(id, new StoredInbound(inbound, s.enabled(), s.link(), at));
            }
          });
    }

    @Override
    public Flux<StoredInbound> findByServer(ServerId server) {
      return Flux.defer(
          () ->
              Flux.fromIterable(
                  rows.values().stream().filter(i -> i.inbound().isOn(server)).toList()));
    }

    @Override
    public Flux<StoredInbound> findAllById(Collection<InboundId> ids) {
      return Flux.defer(
          () ->
              Flux.fromIterable(
                  ids.stream().map(id -> rows.get(id.value())).filter(i -> i != null).toList()));
    }

    @Override
    public Mono<StoredInbound> findById(InboundId id) {
      return Mono.fromSupplier(() -> rows.get(id.value()));
    }
  }

  /** Categories and brands, slugs unique per kind. */
  public static final class Labels implements CatalogLabelRepository {

    public final Map<String, CatalogLabel> rows = new TreeMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Mono<CatalogLabel> add(LabelKind kind, String name, String slug, Instant at) {
      return Mono.fromSupplier(
          () -> {
            if (rows.values().stream().anyMatch(l -> l.kind() == kind && l.slug().equals(slug))) {
              throw new DuplicateLabelException(kind, slug);
            }
            var label = new CatalogLabel(ids.incrementAndGet(), kind, name, slug);
            rows.put(kind + ":" + label.id(), label);
            return label;
          });
    }

    @Override
    public Mono<CatalogLabel> rename(
        LabelKind kind, long id, String name, String slug, Instant at) {
      return Mono.fromSupplier(
          () -> {
            if (rows.values().stream()
                .anyMatch(l -> l.kind() == kind && l.slug().equals(slug) && l.id() != id)) {
              throw new DuplicateLabelException(kind, slug);
            }
            return rows.computeIfPresent(
                kind + ":" + id, (k, old) -> new CatalogLabel(id, kind, name, slug));
          });
    }

    @Override
    public Mono<Boolean> delete(LabelKind kind, long id) {
      return Mono.fromSupplier(() -> rows.remove(kind + ":" + id) != null);
    }

    @Override
    public Flux<CatalogLabel> findAll(LabelKind kind) {
      return Flux.defer(
          () -> Flux.fromIterable(rows.values().stream().filter(l -> l.kind() == kind).toList()));
    }

    @Override
    public Mono<Boolean> exists(LabelKind kind, long id) {
      return Mono.fromSupplier(() -> rows.containsKey(kind + ":" + id));
    }
  }

  /** A panel answering what the test sets, remembering the connections it was given. */
  public static final class ScriptedPanel implements PanelClientGateway, PanelInboundReader {

    public PanelHealth health = PanelHealth.up(Duration.ofMillis(12), PanelDialect.CLASSIC, 3);
    public List<PanelInbound> inbounds = List.of();
    public final List<PanelConnection> seen = new ArrayList<>();

    @Override
    public Mono<PanelHealth> probe(PanelConnection panel) {
      return Mono.fromSupplier(
          () -> {
            seen.add(panel);
            return health;
          });
    }

    @Override
    public Flux<PanelInbound> inbounds(PanelConnection panel) {
      return Flux.defer(
          () -> {
            seen.add(panel);
            return Flux.fromIterable(inbounds);
          });
    }

    @Override
    public Mono<PanelInbound> inbound(PanelConnection panel, long inboundId) {
      return inbounds(panel).filter(i -> i.id() == inboundId).next();
    }

    @Override
    public Mono<PanelWriteOutcome> addClients(
        PanelConnection panel, long inboundId, List<PanelClient> clients) {
      return Mono.error(new UnsupportedOperationException());
    }

    @Override
    public Mono<PanelWriteOutcome> updateClient(
        PanelConnection panel, long inboundId, String email, PanelClient client) {
      return Mono.error(new UnsupportedOperationException());
    }

    @Override
    public Mono<PanelWriteOutcome> setClientEnabled(
        PanelConnection panel, long inboundId, String email, boolean enabled) {
      return Mono.error(new UnsupportedOperationException());
    }

    @Override
    public Mono<PanelWriteOutcome> deleteClient(
        PanelConnection panel, long inboundId, String email) {
      return Mono.error(new UnsupportedOperationException());
    }

    @Override
    public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
      return Flux.empty();
    }

    @Override
    public Mono<PanelWriteOutcome> resetClientTraffic(
        PanelConnection panel, long inboundId, String email) {
      return Mono.error(new UnsupportedOperationException());
    }

    @Override
    public Mono<Set<String>> onlineClients(PanelConnection panel) {
      return Mono.just(Set.of());
    }
  }
}
