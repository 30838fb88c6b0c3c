package com.thousandproxy.api.catalog;

import com.thousandproxy.application.catalog.CategoryView;

/** A category on the wire. */
public record CategoryResponse(long id, String name, String slug) {

  static CategoryResponse from(CategoryView view) {
    return new CategoryResponse(view.id(), view.name(), view.slug());
  }
}
