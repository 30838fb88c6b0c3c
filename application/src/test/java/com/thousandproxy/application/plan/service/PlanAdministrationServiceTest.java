package com.thousandproxy.application.plan.service;

import static com.thousandproxy.application.server.service.ServerCommands.aServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.plan.PlanCommand;
import com.thousandproxy.application.plan.PlanDraft;
import com.thousandproxy.application.plan.PlanNotFoundException;
import com.thousandproxy.application.plan.port.out.PlanRepository;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.service.AdminWorld;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.catalog.ServerPlan;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.server.InboundId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class PlanAdministrationServiceTest {

  private final AdminWorld world = new AdminWorld();
  private final InMemoryPlans plans = new InMemoryPlans();
  private final PlanAdministrationService service =
      new PlanAdministrationService(
          plans, world.inbounds, world.labels, world.transactions, world.changes, world.clock);
  private final long category = world.category("Streaming");
  private final long brand = world.brand("Pro");
  private final Map<String, Long> inbounds = syncedInbounds();

  private Map<String, Long> syncedInbounds() {
    var server = world.administration.register(aServer(category, brand).command()).block();
    world.panel.inbounds = List.of(inbound(1, "vless"), inbound(2, "vmess"), inbound(3, "vless"));
    return world.sync.sync(server.id(), AdminWorld.ADMIN).block().stream()
        .collect(
            Collectors.toMap(
                i -> i.inbound().protocol().wireName() + i.inbound().panelInboundId(),
                i -> i.inbound().id().value()));
  }

  private static PanelInbound inbound(long id, String protocol) {
    return new PanelInbound(id, "", protocol, "", 443, true, null, null, null, null, List.of());
  }

  private PlanCommand plan(Protocol protocol, long categoryId, Long... inboundIds) {
    return new PlanCommand(
        new PlanDraft(
            "Germany 30 days",
            "",
            Money.of("4.99", "USD"),
            30,
            2,
            BandwidthLimit.ofGigabytes(100),
            protocol,
            new CategoryId(categoryId),
            new BrandId(brand),
            Set.of(inboundIds).stream().map(InboundId::new).collect(Collectors.toSet()),
            true),
        AdminWorld.ADMIN);
  }

  @Test
  void aPlanTakesTheProtocolItsPoolSpeaks() {
    ServerPlan plan =
        service
            .create(plan(null, category, inbounds.get("vless1"), inbounds.get("vless3")))
            .block();

    assertThat(plan.protocol()).isEqualTo(Protocol.VLESS);
    assertThat(plan.inboundPool()).hasSize(2);
    assertThat(world.audit.get(world.audit.size() - 1).action()).isEqualTo("plan.created");
  }

  @Test
  void aPoolOfMixedProtocolsIsRefused() {
    StepVerifier.create(
            service.create(plan(null, category, inbounds.get("vless1"), inbounds.get("vmess2"))))
        .expectErrorSatisfies(e -> assertThat(errors(e)).containsKey("inboundIds"))
        .verify();
  }

  @Test
  void anInboundOfAnotherProtocolThanThePlansIsRefused() {
    StepVerifier.create(service.create(plan(Protocol.VMESS, category, inbounds.get("vless1"))))
        .expectErrorSatisfies(e -> assertThat(errors(e).get("inboundIds").get(0)).contains("vmess"))
        .verify();
  }

  @Test
  void unknownInboundsAndCategoriesAreFieldErrors() {
    StepVerifier.create(service.create(plan(null, 999, 12345L)))
        .expectErrorSatisfies(
            e -> {
              assertThat(errors(e)).containsKeys("categoryId", "inboundIds");
              assertThat(errors(e).get("inboundIds").get(0)).contains("12345");
            })
        .verify();
    assertThat(plans.rows).isEmpty();
  }

  @Test
  void anEmptyPoolNeedsAnExplicitProtocol() {
    StepVerifier.create(service.create(plan(null, category)))
        .expectErrorSatisfies(e -> assertThat(errors(e)).containsKey("protocol"))
        .verify();
    assertThat(service.create(plan(Protocol.TROJAN, category)).block().isPurchasable()).isFalse();
  }

  @Test
  void anUpdateReplacesThePoolAndEmptiesTheCatalogCache() {
    ServerPlan plan = service.create(plan(null, category, inbounds.get("vless1"))).block();
    int invalidations = world.cache.invalidations;

    ServerPlan updated =
        service.update(plan.id(), plan(null, category, inbounds.get("vless3"))).block();

    assertThat(updated.inboundPool()).containsExactly(new InboundId(inbounds.get("vless3")));
    assertThat(world.cache.invalidations).isEqualTo(invalidations + 1);
    StepVerifier.create(service.update(new PlanId(999), plan(null, category)))
        .expectError(PlanNotFoundException.class)
        .verify();
  }

  private static Map<String, List<String>> errors(Throwable e) {
    return ((InvalidReferencesException) e).fieldErrors();
  }

  /** Plans by id. */
  static final class InMemoryPlans implements PlanRepository {

    final Map<Long, ServerPlan> rows = new TreeMap<>();

    @Override
    public Mono<PlanId> add(PlanDraft plan, Instant at) {
      return Mono.fromSupplier(
          () -> {
            var id = new PlanId(rows.size() + 1L);
            rows.put(id.value(), plan.withId(id));
            return id;
          });
    }

    @Override
    public Mono<ServerPlan> findById(PlanId id) {
      return Mono.fromSupplier(() -> rows.get(id.value()));
    }

    @Override
    public Mono<Page<ServerPlan>> page(PageRequest page) {
      return Mono.fromSupplier(
          () -> new Page<>(List.copyOf(rows.values()), page.page(), page.size(), rows.size()));
    }

    @Override
    public Mono<Boolean> update(ServerPlan plan, Instant at) {
      return Mono.fromSupplier(() -> rows.replace(plan.id().value(), plan) != null);
    }

    @Override
    public Mono<Boolean> delete(PlanId id) {
      return Mono.fromSupplier(() -> rows.remove(id.value()) != null);
    }
  }
}
