package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.shared.Page;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Maps every catalog read onto one {@link CatalogEntry}. Implementations answer a lookup from the
 * current generation or run the loader and keep what it emits; an empty loader stores nothing.
 */
abstract class CatalogCacheSupport implements CatalogCache {

  @Override
  public final Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader) {
    return lookup(CatalogEntry.categories(), loader);
  }

  @Override
  public final Mono<List<BrandView>> brands(Mono<List<BrandView>> loader) {
    return lookup(CatalogEntry.brands(), loader);
  }

  @Override
  public final Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader) {
    return lookup(CatalogEntry.plans(query), loader);
  }

  @Override
  public final Mono<PlanView> plan(long id, Mono<PlanView> loader) {
    return lookup(CatalogEntry.plan(id), loader);
  }

  abstract <T> Mono<T> lookup(CatalogEntry<T> entry, Mono<T> loader);
}
