package com.thousandproxy.api.catalog;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.catalog.port.in.BrowseCatalogUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The public catalog: categories, brands and the plans a visitor can buy. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Catalog", description = "Public catalog of plans, categories and brands")
public class CatalogController {

  private final BrowseCatalogUseCase catalog;
  private final PlanQueryParser queryParser = new PlanQueryParser();

  public CatalogController(BrowseCatalogUseCase catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/server-categories")
  @Operation(summary = "List server categories")
  public Mono<ApiResponse<List<CategoryResponse>>> categories() {
    return catalog
        .categories()
        .map(list -> ApiResponse.ok(list.stream().map(CategoryResponse::from).toList()));
  }

  @GetMapping("/server-brands")
  @Operation(summary = "List server brands")
  public Mono<ApiResponse<List<BrandResponse>>> brands() {
    return catalog
        .brands()
        .map(list -> ApiResponse.ok(list.stream().map(BrandResponse::from).toList()));
  }

  @GetMapping("/server-plans")
  @Operation(
      summary = "List active plans",
      description =
          "Filters: categoryId, brandId, location (ISO country), protocol, minPrice, maxPrice;"
              + " paging: page, size (max 100); sort=price|name|durationDays|createdAt,asc|desc")
  public Mono<ApiResponse<PageResponse<PlanResponse>>> plans(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> queryParser.parse(params))
        .flatMap(catalog::plans)
        .map(page -> ApiResponse.ok(PageResponse.from(page, PlanResponse::from)));
  }

  @GetMapping("/server-plans/{id}")
  @Operation(summary = "One active plan")
  public Mono<ApiResponse<PlanResponse>> plan(@PathVariable long id) {
    return catalog
        .plan(id)
        .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("Plan")))
        .map(plan -> ApiResponse.ok(PlanResponse.from(plan)));
  }
}
