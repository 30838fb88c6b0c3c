package com.thousandproxy.adapters.persistence.catalog;

/** A row of {@code server_brands}. */
record BrandRow(long id, String name, String slug) {}
