package com.thousandproxy.api.catalog;

import com.thousandproxy.application.catalog.BrandView;

/** A brand on the wire. */
public record BrandResponse(long id, String name, String slug) {

  static BrandResponse from(BrandView view) {
    return new BrandResponse(view.id(), view.name(), view.slug());
  }
}
