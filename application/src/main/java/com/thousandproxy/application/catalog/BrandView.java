package com.thousandproxy.application.catalog;

/** A server brand as the public catalog shows it. */
public record BrandView(long id, String name, String slug) {}
