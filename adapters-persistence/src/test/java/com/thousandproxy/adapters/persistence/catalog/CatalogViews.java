package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.util.Arrays;
import java.util.List;

/** Test data: catalog views as a cache holds them. */
final class CatalogViews {

  static final CategoryView STREAMING = new CategoryView(1, "Streaming", "streaming");
  static final BrandView PRO = new BrandView(2, "Pro", "pro");

  private CatalogViews() {}

  static PlanView aPlan(long id) {
    return new PlanView(
        id,
        "Plan " + id,
        "Plan " + id + " described",
        Money.of("39.00", "USD"),
        365,
        5,
        null,
        Protocol.SHADOWSOCKS,
        STREAMING,
        PRO,
        List.of("DE", "NL"),
        true);
  }

  static Page<PlanView> aPageOf(long... ids) {
    return new Page<>(Arrays.stream(ids).mapToObj(CatalogViews::aPlan).toList(), 0, 20, ids.length);
  }
}
