package com.thousandproxy.api.catalog;

import com.thousandproxy.api.web.MoneyResponse;
import com.thousandproxy.application.catalog.PlanView;
import java.util.List;

/** A plan on the wire; {@code bandwidthLimitGb} null means unlimited. */
public record PlanResponse(
    long id,
    String name,
    String description,
    MoneyResponse price,
    int durationDays,
    int maxConnections,
    Integer bandwidthLimitGb,
    String protocol,
    CategoryResponse category,
    BrandResponse brand,
    List<String> locations,
    boolean available) {

  static PlanResponse from(PlanView view) {
    return new PlanResponse(
        view.id(),
        view.name(),
        view.description(),
        MoneyResponse.from(view.price()),
        view.durationDays(),
        view.maxConnections(),
        view.bandwidthLimitGb(),
        view.protocol().wireName(),
        CategoryResponse.from(view.category()),
        BrandResponse.from(view.brand()),
        view.locations(),
        view.available());
  }
}
