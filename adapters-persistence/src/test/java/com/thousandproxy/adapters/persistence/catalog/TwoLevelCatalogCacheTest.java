package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.catalog.InMemoryCatalogCacheTest.MutableClock;
import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.shared.Page;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class TwoLevelCatalogCacheTest extends CatalogCacheContract {

  private final MutableClock clock = new MutableClock();
  private final CountingCache shared =
      new CountingCache(new InMemoryCatalogCache(Duration.ofMinutes(5), clock));

  @Override
  CatalogCache cache() {
    return new TwoLevelCatalogCache(new InMemoryCatalogCache(Duration.ofSeconds(2), clock), shared);
  }

  @Test
  void aReadWithinTheNearTtlDoesNotAskTheSharedCache() {
    CatalogCache cache = cache();
    cache.plan(1, Mono.just(aPlan(1))).block();

    clock.advance(Duration.ofMillis(1999));
    cache.plan(1, Mono.just(aPlan(1))).block();

    assertThat(shared.reads()).isEqualTo(1);
  }

  @Test
  void afterTheNearTtlTheSharedCacheAnswersWithoutTheLoader() {
    CatalogCache cache = cache();
    Loader<PlanView> loader = new Loader<>(() -> aPlan(1));
    cache.plan(1, loader.mono()).block();

    clock.advance(Duration.ofSeconds(2));
    cache.plan(1, loader.mono()).block();

    assertThat(shared.reads()).isEqualTo(2);
    assertThat(loader.calls()).isEqualTo(1);
  }

  @Test
  void anotherInstancesInvalidationReachesThisCopyWhenItExpires() {
    CatalogCache here = cache();
    CatalogCache there =
        new TwoLevelCatalogCache(new InMemoryCatalogCache(Duration.ofSeconds(2), clock), shared);
    Loader<PlanView> loader = new Loader<>(() -> aPlan(1));
    here.plan(1, loader.mono()).block();

    there.invalidateAll().block();
    here.plan(1, loader.mono()).block();
    clock.advance(Duration.ofSeconds(2));
    here.plan(1, loader.mono()).block();

    assertThat(loader.calls()).isEqualTo(2);
  }

  /** The shared level, counting the reads that reach it. */
  private static final class CountingCache implements CatalogCache {

    private final CatalogCache delegate;
    private final AtomicInteger reads = new AtomicInteger();

    CountingCache(CatalogCache delegate) {
      this.delegate = delegate;
    }

    int reads() {
      return reads.get();
    }

    @Override
    public Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader) {
      return delegate.categories(loader).doOnSubscribe(s -> reads.incrementAndGet());
    }

    @Override
    public Mono<List<BrandView>> brands(Mono<List<BrandView>> loader) {
      return delegate.brands(loader).doOnSubscribe(s -> reads.incrementAndGet());
    }

    @Override
    public Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader) {
      return delegate.plans(query, loader).doOnSubscribe(s -> reads.incrementAndGet());
    }

    @Override
    public Mono<PlanView> plan(long id, Mono<PlanView> loader) {
      return delegate.plan(id, loader).doOnSubscribe(s -> reads.incrementAndGet());
    }

    @Override
    public Mono<Void> invalidateAll() {
      return delegate.invalidateAll();
    }
  }
}
