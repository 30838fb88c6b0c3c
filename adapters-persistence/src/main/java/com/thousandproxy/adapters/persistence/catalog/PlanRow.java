package com.thousandproxy.adapters.persistence.catalog;

import java.math.BigDecimal;

/** One active plan joined with its category and brand, as the plan queries select it. */
record PlanRow(
    long id,
    String name,
    String description,
    BigDecimal price,
    String currency,
    int durationDays,
    int maxConnections,
    Integer bandwidthLimitGb,
    String protocol,
    long categoryId,
    String categoryName,
    String categorySlug,
    long brandId,
    String brandName,
    String brandSlug) {}
