package com.thousandproxy.application.catalog.port.in;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import java.util.List;
import reactor.core.publisher.Mono;

/** The public catalog: what a visitor can buy. */
public interface BrowseCatalogUseCase {

  Mono<List<CategoryView>> categories();

  Mono<List<BrandView>> brands();

  Mono<Page<PlanView>> plans(PlanQuery query);

  /** The active plan, or empty when there is no such active plan. */
  Mono<PlanView> plan(long id);
}
