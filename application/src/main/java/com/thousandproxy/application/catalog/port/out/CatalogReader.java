package com.thousandproxy.application.catalog.port.out;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the public catalog from the store: only active plans, with their pool's locations. */
public interface CatalogReader {

  Flux<CategoryView> categories();

  Flux<BrandView> brands();

  Mono<Page<PlanView>> plans(PlanQuery query);

  /** The active plan with this id, or empty. */
  Mono<PlanView> plan(long id);
}
