package com.thousandproxy.api.catalog;

import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanSortField;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.SortDirection;
import com.thousandproxy.domain.catalog.Protocol;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Reads the plan listing's query parameters, collecting every problem before refusing. */
final class PlanQueryParser {

  private static final Map<String, PlanSortField> SORT_FIELDS =
      Map.of(
          "price", PlanSortField.PRICE,
          "name", PlanSortField.NAME,
          "durationDays", PlanSortField.DURATION_DAYS,
          "createdAt", PlanSortField.CREATED_AT);

  PlanQuery parse(Map<String, String> raw) {
    QueryParameters params = new QueryParameters(raw);
    Long categoryId = params.positiveLong("categoryId");
    Long brandId = params.positiveLong("brandId");
    String location = location(params);
    Protocol protocol = protocol(params);
    BigDecimal minPrice = params.nonNegativeDecimal("minPrice");
    BigDecimal maxPrice = params.nonNegativeDecimal("maxPrice");
    if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
      params.reject("minPrice", "must not exceed maxPrice");
    }
    PageRequest page = params.pageRequest();
    PlanSortField sortField = PlanSortField.PRICE;
    SortDirection direction = SortDirection.ASC;
    QueryParameters.Sort sort = params.sort("price");
    if (sort != null) {
      sortField = SORT_FIELDS.get(sort.field());
      direction = sort.direction();
      if (sortField == null) {
        params.reject("sort", "must be one of " + String.join(", ", SORT_FIELDS.keySet()));
      }
    }
    if (params.hasErrors()) {
      throw new InvalidRequestException(params.errors());
    }
    return new PlanQuery(
        categoryId, brandId, location, protocol, minPrice, maxPrice, sortField, direction, page);
  }

  private static String location(QueryParameters params) {
    String value = params.text("location");
    if (value == null) {
      return null;
    }
    if (!value.matches("[A-Za-z]{2}")) {
      params.reject("location", "must be a two-letter country code");
      return null;
    }
    return value.toUpperCase(Locale.ROOT);
  }

  private static Protocol protocol(QueryParameters params) {
    String value = params.text("protocol");
    if (value == null) {
      return null;
    }
    return Protocol.fromWireName(value)
        .orElseGet(
            () -> {
              params.reject("protocol", "must be one of vless, vmess, trojan, shadowsocks");
              return null;
            });
  }
}
