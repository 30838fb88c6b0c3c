package com.thousandproxy.api.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Subscription feed hits by format: {@code subscription.feed.requests} (Prometheus {@code
 * subscription_feed_requests_total}) tagged {@code format} (e.g. {@code base64}, {@code clash},
 * {@code singbox}, {@code html}) and {@code outcome} ({@code served}, {@code not_found}, ...); and
 * feed cache reads as {@code cache.gets} ({@code cache_gets_total}) with {@code cache} = {@code
 * subscription.feed} and {@code result} = {@code hit} or {@code miss}, like the catalog caches.
 */
public final class SubscriptionMetrics {

  public static final String FEED_REQUESTS = "subscription.feed.requests";
  public static final String FEED_CACHE = "subscription.feed";

  private final MeterRegistry registry;

  public SubscriptionMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void feedServed(String format) {
    feedRequest(format, "served");
  }

  public void feedRequest(String format, String outcome) {
    Counter.builder(FEED_REQUESTS)
        .description("Subscription feed requests")
        .tag("format", MeterTags.value(format))
        .tag("outcome", MeterTags.value(outcome))
        .register(registry)
        .increment();
  }

  /** One read of the feed cache: a hit, or a miss that went to the database. */
  public void feedCacheRead(boolean hit) {
    Counter.builder("cache.gets")
        .description("Subscription feed cache reads")
        .tag("cache", FEED_CACHE)
        .tag("result", hit ? "hit" : "miss")
        .register(registry)
        .increment();
  }
}
