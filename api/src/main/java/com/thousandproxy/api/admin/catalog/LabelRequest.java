package com.thousandproxy.api.admin.catalog;

/** A category or brand as an admin sends it: its name (the slug is made from it). */
public record LabelRequest(String name) {}
