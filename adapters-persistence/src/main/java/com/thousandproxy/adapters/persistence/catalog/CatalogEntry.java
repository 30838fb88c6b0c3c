package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanQuery;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/** One cached catalog read: its key within a cache generation and the type of its value. */
record CatalogEntry<T>(String key, TypeReference<T> type) {

  static CatalogEntry<List<CategoryView>> categories() {
    return new CatalogEntry<>("categories", new TypeReference<>() {});
  }

  static CatalogEntry<List<BrandView>> brands() {
    return new CatalogEntry<>("brands", new TypeReference<>() {});
  }

  static CatalogEntry<Page<PlanView>> plans(PlanQuery query) {
    return new CatalogEntry<>("plans:" + query.cacheKey(), new TypeReference<>() {});
  }

  static CatalogEntry<PlanView> plan(long id) {
    return new CatalogEntry<>("plan:" + id, new TypeReference<>() {});
  }
}
