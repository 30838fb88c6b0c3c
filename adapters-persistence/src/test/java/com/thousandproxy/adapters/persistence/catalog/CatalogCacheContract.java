package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.PRO;
import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.STREAMING;
import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPageOf;
import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPlan;
import static com.thousandproxy.adapters.persistence.catalog.PlanQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.domain.catalog.Protocol;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** What every {@link CatalogCache} promises; each test gets an empty cache. */
abstract class CatalogCacheContract {

  /** An empty cache of its own. */
  abstract CatalogCache cache();

  @Test
  void aSecondReadIsAnsweredFromTheCacheWithAnEqualValue() {
    CatalogCache cache = cache();
    Loader<Page<PlanView>> loader = new Loader<>(() -> aPageOf(1, 2));

    Page<PlanView> first = cache.plans(aQuery().build(), loader.mono()).block();
    Page<PlanView> second = cache.plans(aQuery().build(), loader.mono()).block();

    assertThat(first).isEqualTo(aPageOf(1, 2));
    assertThat(second).isEqualTo(first);
    assertThat(loader.calls()).isEqualTo(1);
  }

  @Test
  void categoriesBrandsAndPlansAreCachedEachUnderItsOwnKey() {
    CatalogCache cache = cache();
    Loader<List<CategoryView>> categories = new Loader<>(() -> List.of(STREAMING));
    Loader<List<BrandView>> brands = new Loader<>(() -> List.of(PRO));
    Loader<PlanView> plan = new Loader<>(() -> aPlan(7));

    for (int i = 0; i < 2; i++) {
      assertThat(cache.categories(categories.mono()).block()).containsExactly(STREAMING);
      assertThat(cache.brands(brands.mono()).block()).containsExactly(PRO);
      assertThat(cache.plan(7, plan.mono()).block()).isEqualTo(aPlan(7));
    }

    assertThat(List.of(categories.calls(), brands.calls(), plan.calls())).containsOnly(1);
  }

  @Test
  void differentQueriesAndPlanIdsDoNotShareEntries() {
    CatalogCache cache = cache();

    cache.plans(aQuery().build(), Mono.just(aPageOf(1))).block();
    cache.plan(1, Mono.just(aPlan(1))).block();

    assertThat(
            cache.plans(aQuery().speaking(Protocol.VLESS).build(), Mono.just(aPageOf(2))).block())
        .isEqualTo(aPageOf(2));
    assertThat(cache.plans(aQuery().page(1, 20).build(), Mono.just(aPageOf(3))).block())
        .isEqualTo(aPageOf(3));
    assertThat(cache.plan(2, Mono.just(aPlan(2))).block()).isEqualTo(aPlan(2));
  }

  @Test
  void anEmptyPlanIsNotCached() {
    CatalogCache cache = cache();

    assertThat(cache.plan(9, Mono.empty()).blockOptional()).isEmpty();

    assertThat(cache.plan(9, Mono.just(aPlan(9))).block()).isEqualTo(aPlan(9));
  }

  @Test
  void invalidationMakesEveryEntryLoadAgain() {
    CatalogCache cache = cache();
    Loader<Page<PlanView>> plans = new Loader<>(() -> aPageOf(1));
    Loader<PlanView> plan = new Loader<>(() -> aPlan(1));
    cache.plans(aQuery().build(), plans.mono()).block();
    cache.plan(1, plan.mono()).block();

    cache.invalidateAll().block();
    cache.plans(aQuery().build(), plans.mono()).block();
    cache.plan(1, plan.mono()).block();
    cache.plan(1, plan.mono()).block();

    assertThat(plans.calls()).isEqualTo(2);
    assertThat(plan.calls()).isEqualTo(2);
  }

  @Test
  void aFailingLoaderFailsTheReadAndLeavesNothingCached() {
    CatalogCache cache = cache();

    assertThatThrownBy(
            () -> cache.plan(3, Mono.error(new IllegalStateException("store down"))).block())
        .hasMessageContaining("store down");

    assertThat(cache.plan(3, Mono.just(aPlan(3))).block()).isEqualTo(aPlan(3));
  }

  /** A lazy loader that counts how often it was subscribed. */
  static final class Loader<T> {

    private final AtomicInteger calls = new AtomicInteger();
    private final Supplier<T> value;

    Loader(Supplier<T> value) {
      this.value = value;
    }

    Mono<T> mono() {
      return Mono.fromSupplier(
          () -> {
            calls.incrementAndGet();
            return value.get();
          });
    }

    int calls() {
      return calls.get();
    }
  }
}
