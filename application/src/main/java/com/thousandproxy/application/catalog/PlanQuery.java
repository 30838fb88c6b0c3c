package com.thousandproxy.application.catalog;

import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.SortDirection;
import com.thousandproxy.domain.catalog.Protocol;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Filters, sort and page for the public plan listing; every filter is optional (null = any).
 *
 * @param location an ISO 3166 alpha-2 country code of a server in the plan's pool
 */
public record PlanQuery(
    Long categoryId,
    Long brandId,
    String location,
    Protocol protocol,
    BigDecimal minPrice,
    BigDecimal maxPrice,
    PlanSortField sortField,
    SortDirection sortDirection,
    PageRequest page) {

  public PlanQuery {
    Objects.requireNonNull(sortField, "sortField");
    Objects.requireNonNull(sortDirection, "sortDirection");
    Objects.requireNonNull(page, "page");
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      throw new IllegalArgumentException("minPrice must not exceed maxPrice");
    }
  }

  /** A stable text of this query, fit to be a cache key. */
  public String cacheKey() {
    return String.join(
        "|",
        String.valueOf(categoryId),
        String.valueOf(brandId),
        String.valueOf(location),
        String.valueOf(protocol),
        minPrice == null ? "null" : minPrice.stripTrailingZeros().toPlainString(),
        maxPrice == null ? "null" : maxPrice.stripTrailingZeros().toPlainString(),
        sortField.name(),
        sortDirection.name(),
        String.valueOf(page.page()),
        String.valueOf(page.size()));
  }
}
