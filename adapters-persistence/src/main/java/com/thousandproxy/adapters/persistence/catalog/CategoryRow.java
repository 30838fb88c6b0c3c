package com.thousandproxy.adapters.persistence.catalog;

/** A row of {@code server_categories}. */
record CategoryRow(long id, String name, String slug) {}
