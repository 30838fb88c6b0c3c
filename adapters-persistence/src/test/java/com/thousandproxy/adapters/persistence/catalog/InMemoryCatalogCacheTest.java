package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.CatalogViews.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class InMemoryCatalogCacheTest extends CatalogCacheContract {

  private final MutableClock clock = new MutableClock();

  @Override
  CatalogCache cache() {
    return new InMemoryCatalogCache(Duration.ofMinutes(5), clock);
  }

  @Test
  void anEntryExpiresAfterItsTtl() {
    CatalogCache cache = cache();
    Loader<PlanView> loader = new Loader<>(() -> aPlan(1));
    cache.plan(1, loader.mono()).block();

    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    cache.plan(1, loader.mono()).block();
    clock.advance(Duration.ofMillis(1));
    cache.plan(1, loader.mono()).block();

    assertThat(loader.calls()).isEqualTo(2);
  }

  @Test
  void aFullCacheStartsOverInsteadOfGrowing() {
    CatalogCache cache = new InMemoryCatalogCache(Duration.ofMinutes(5), clock, 2);
    Loader<PlanView> first = new Loader<>(() -> aPlan(1));
    cache.plan(1, first.mono()).block();
    cache.plan(2, Mono.just(aPlan(2))).block();
    cache.plan(3, Mono.just(aPlan(3))).block();

    cache.plan(1, first.mono()).block();

    assertThat(first.calls()).isEqualTo(2);
  }

  @Test
  void refusesANonPositiveTtl() {
    assertThatThrownBy(() -> new InMemoryCatalogCache(Duration.ZERO, clock))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final class MutableClock extends Clock {

    private Instant now = Instant.parse("2026-03-01T00:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
