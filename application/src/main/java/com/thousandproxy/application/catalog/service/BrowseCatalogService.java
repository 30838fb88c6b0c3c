package com.thousandproxy.application.catalog.service;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.catalog.port.in.BrowseCatalogUseCase;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.shared.Page;
import java.util.List;
import reactor.core.publisher.Mono;

/** Serves the public catalog from the shared cache, reading the store on a miss. */
public final class BrowseCatalogService implements BrowseCatalogUseCase {

  private final CatalogReader reader;
  private final CatalogCache cache;

  public BrowseCatalogService(CatalogReader reader, CatalogCache cache) {
    this.reader = reader;
    this.cache = cache;
  }

  @Override
  public Mono<List<CategoryView>> categories() {
    return cache.categories(reader.categories().collectList());
  }

  @Override
  public Mono<List<BrandView>> brands() {
    return cache.brands(reader.brands().collectList());
  }

  @Override
  public Mono<Page<PlanView>> plans(PlanQuery query) {
    return cache.plans(query, reader.plans(query));
  }

  @Override
  public Mono<PlanView> plan(long id) {
    return cache.plan(id, reader.plan(id));
  }
}
