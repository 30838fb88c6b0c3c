package com.thousandproxy.application.server;

import java.util.Objects;

/** A server category or brand: a name and the unique slug made from it. */
public record CatalogLabel(long id, LabelKind kind, String name, String slug) {

  public CatalogLabel {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(slug, "slug");
  }
}
