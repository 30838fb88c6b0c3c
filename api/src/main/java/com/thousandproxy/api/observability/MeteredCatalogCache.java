package com.thousandproxy.api.observability;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.shared.Page;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Counts catalog cache reads as {@code cache.gets} (Prometheus {@code cache_gets_total}) with
 * {@code cache} ({@code catalog.plans}, ...) and {@code result}: {@code miss} when the cache had to
 * run the loader (an absent entry, or the cache itself failing), {@code hit} otherwise. The same
 * names as Micrometer's own cache meters, so the usual hit-ratio queries and dashboards apply.
 */
final class MeteredCatalogCache implements CatalogCache {

  private final CatalogCache delegate;
  private final Supplier<MeterRegistry> registry;

  MeteredCatalogCache(CatalogCache delegate, Supplier<MeterRegistry> registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader) {
    return counted("catalog.categories", loader, delegate::categories);
  }

  @Override
  public Mono<List<BrandView>> brands(Mono<List<BrandView>> loader) {
    return counted("catalog.brands", loader, delegate::brands);
  }

  @Override
  public Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader) {
    return counted("catalog.plans", loader, counting -> delegate.plans(query, counting));
  }

  @Override
  public Mono<PlanView> plan(long id, Mono<PlanView> loader) {
    return counted("catalog.plan", loader, counting -> delegate.plan(id, counting));
  }

  @Override
  public Mono<Void> invalidateAll() {
    return delegate.invalidateAll();
  }

  private <T> Mono<T> counted(String cache, Mono<T> loader, Function<Mono<T>, Mono<T>> read) {
    return Mono.defer(
        () -> {
          AtomicBoolean loaded = new AtomicBoolean();
          return read.apply(loader.doOnSubscribe(s -> loaded.set(true)))
              .doOnTerminate(() -> count(cache, loaded.get() ? "miss" : "hit"));
        });
  }

  private void count(String cache, String result) {
    Counter.builder("cache.gets")
        .description("Catalog cache reads")
        .tag("cache", cache)
        .tag("result", result)
        .register(registry.get())
        .increment();
  }
}
