package com.thousandproxy.application.catalog;

/** A server category as the public catalog shows it. */
public record CategoryView(long id, String name, String slug) {}
