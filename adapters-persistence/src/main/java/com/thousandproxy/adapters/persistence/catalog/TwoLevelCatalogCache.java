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
 * A short-lived copy in this instance in front of the cache all instances share: most catalog reads
 * are answered from memory, without the two Redis round trips of the shared cache. An invalidation
 * here clears both levels at once; one made by another instance reaches this copy when its entries
 * expire (the near TTL, seconds), as the shared cache's new generation is read again.
 */
public final class TwoLevelCatalogCache implements CatalogCache {

  private final CatalogCache near;
  private final CatalogCache shared;

  public TwoLevelCatalogCache(CatalogCache near, CatalogCache shared) {
    this.near = near;
    this.shared = shared;
  }

  @Override
  public Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader) {
    return near.categories(shared.categories(loader));
  }

  @Override
  public Mono<List<BrandView>> brands(Mono<List<BrandView>> loader) {
    return near.brands(shared.brands(loader));
  }

  @Override
  public Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader) {
    return near.plans(query, shared.plans(query, loader));
  }

  @Override
  public Mono<PlanView> plan(long id, Mono<PlanView> loader) {
    return near.plan(id, shared.plan(id, loader));
  }

  /** The shared level first: a read between the two steps must not refill this copy from it. */
  @Override
  public Mono<Void> invalidateAll() {
    return shared.invalidateAll().then(near.invalidateAll());
  }
}
