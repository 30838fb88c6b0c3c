package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanSortField;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.SortDirection;
import com.thousandproxy.domain.catalog.Protocol;
import java.math.BigDecimal;

/** Test data: a plan listing query, by default every active plan by price, first page of 20. */
final class PlanQueryBuilder {

  private Long categoryId;
  private Long brandId;
  private String location;
  private Protocol protocol;
  private BigDecimal minPrice;
  private BigDecimal maxPrice;
  private PlanSortField sortField = PlanSortField.PRICE;
  private SortDirection direction = SortDirection.ASC;
  private int page;
  private int size = 20;

  static PlanQueryBuilder aQuery() {
    return new PlanQueryBuilder();
  }

  PlanQueryBuilder inCategory(long id) {
    categoryId = id;
    return this;
  }

  PlanQueryBuilder ofBrand(long id) {
    brandId = id;
    return this;
  }

  PlanQueryBuilder in(String countryCode) {
    location = countryCode;
    return this;
  }

  PlanQueryBuilder speaking(Protocol value) {
    protocol = value;
    return this;
  }

  PlanQueryBuilder pricedBetween(String min, String max) {
    minPrice = min == null ? null : new BigDecimal(min);
    maxPrice = max == null ? null : new BigDecimal(max);
    return this;
  }

  PlanQueryBuilder sortedBy(PlanSortField field, SortDirection value) {
    sortField = field;
    direction = value;
    return this;
  }

  PlanQueryBuilder page(int number, int pageSize) {
    page = number;
    size = pageSize;
    return this;
  }

  PlanQuery build() {
    return new PlanQuery(
        categoryId,
        brandId,
        location,
        protocol,
        minPrice,
        maxPrice,
        sortField,
        direction,
        new PageRequest(page, size));
  }
}
