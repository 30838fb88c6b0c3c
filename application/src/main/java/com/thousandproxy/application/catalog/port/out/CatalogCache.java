package com.thousandproxy.application.catalog.port.out;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * A cache shared by all instances in front of the catalog reads. Each method answers from the cache
 * or subscribes to the (lazy) loader and caches what it emits. A cache failure never fails a read:
 * implementations fall back to the loader.
 */
public interface CatalogCache {

  Mono<List<CategoryView>> categories(Mono<List<CategoryView>> loader);

  Mono<List<BrandView>> brands(Mono<List<BrandView>> loader);

  Mono<Page<PlanView>> plans(PlanQuery query, Mono<Page<PlanView>> loader);

  /** An empty loader (no such active plan) is not cached. */
  Mono<PlanView> plan(long id, Mono<PlanView> loader);

  /** Forgets every cached entry; called whenever a plan, server, category or brand changes. */
  Mono<Void> invalidateAll();
}
