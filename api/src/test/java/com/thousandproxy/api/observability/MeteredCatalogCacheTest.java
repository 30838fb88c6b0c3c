package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.catalog.InMemoryCatalogCache;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class MeteredCatalogCacheTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final CatalogCache cache =
      new MeteredCatalogCache(
          new InMemoryCatalogCache(Duration.ofMinutes(5), Clock.systemUTC()), () -> registry);

  @Test
  void theFirstReadIsAMissAndTheNextOnesAreHits() {
    Mono<List<CategoryView>> loader = Mono.just(List.of());

    for (int i = 0; i < 3; i++) {
      StepVerifier.create(cache.categories(loader)).expectNext(List.of()).verifyComplete();
    }

    assertThat(gets("miss")).isEqualTo(1);
    assertThat(gets("hit")).isEqualTo(2);
  }

  @Test
  void afterInvalidationTheLoaderRunsAgainAndCountsAsAMiss() {
    Mono<List<CategoryView>> loader = Mono.just(List.of());
    cache.categories(loader).block();

    cache.invalidateAll().block();
    cache.categories(loader).block();

    assertThat(gets("miss")).isEqualTo(2);
  }

  private double gets(String result) {
    return registry
        .get("cache.gets")
        .tag("cache", "catalog.categories")
        .tag("result", result)
        .counter()
        .count();
  }
}
