package com.thousandproxy.application.ordering.testing;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A catalog of plans set up by the test. */
public final class FakeCatalog implements CatalogReader {

  private final Map<Long, PlanView> plans = new ConcurrentHashMap<>();

  public FakeCatalog with(long id, String price, boolean available) {
    plans.put(
        id,
        new PlanView(
            id,
            "Plan " + id,
            "",
            Money.of(price, "USD"),
            30,
            1,
            null,
            Protocol.values()[0],
            new CategoryView(1, "Privacy", "privacy"),
            new BrandView(1, "Basic", "basic"),
            List.of("DE"),
            available));
    return this;
  }

  @Override
  public Flux<CategoryView> categories() {
    return Flux.empty();
  }

  @Override
  public Flux<BrandView> brands() {
    return Flux.empty();
  }

  @Override
  public Mono<Page<PlanView>> plans(PlanQuery query) {
    return Mono.just(new Page<>(List.copyOf(plans.values()), 0, 20, plans.size()));
  }

  @Override
  public Mono<PlanView> plan(long id) {
    return Mono.justOrEmpty(plans.get(id));
  }
}
