package com.thousandproxy.api.admin.catalog;

import com.thousandproxy.application.server.CatalogLabel;

/** A category or brand: {@code {id, name, slug}}, as in the public catalog. */
public record LabelResponse(long id, String name, String slug) {

  static LabelResponse from(CatalogLabel label) {
    return new LabelResponse(label.id(), label.name(), label.slug());
  }
}
