package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.catalog.InMemoryCatalogCache;
import com.thousandproxy.adapters.persistence.catalog.R2dbcCatalogReader;
import com.thousandproxy.adapters.persistence.catalog.RedisCatalogCache;
import com.thousandproxy.adapters.persistence.catalog.TwoLevelCatalogCache;
import com.thousandproxy.application.catalog.port.in.BrowseCatalogUseCase;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.catalog.port.out.CatalogReader;
import com.thousandproxy.application.catalog.service.BrowseCatalogService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

/** The public catalog: MySQL behind a Redis cache, or an in-memory cache in the demo profile. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

  private static final int NEAR_CACHE_MAX_ENTRIES = 1_000;

  @Bean
  CatalogReader catalogReader(DatabaseClient databaseClient) {
    return new R2dbcCatalogReader(databaseClient);
  }

  /**
   * The shared Redis cache, behind a copy per instance that lives {@code
   * app.catalog.near-cache-ttl} (0 turns it off): how long a change made through another instance
   * may take to show here.
   */
  @Bean
  @Profile("!demo")
  CatalogCache redisCatalogCache(
      ReactiveStringRedisTemplate redis,
      @Value("${app.catalog.cache-prefix:catalog}") String prefix,
      @Value("${app.catalog.cache-ttl:5m}") Duration ttl,
      @Value("${app.catalog.near-cache-ttl:2s}") Duration nearTtl,
      Clock clock) {
    CatalogCache shared =
        new RedisCatalogCache(redis, prefix, ttl, RedisCatalogCache.DEFAULT_TIMEOUT);
    if (nearTtl.isZero()) {
      return shared;
    }
    return new TwoLevelCatalogCache(
        new InMemoryCatalogCache(nearTtl, clock, NEAR_CACHE_MAX_ENTRIES), shared);
  }

  @Bean
  @Profile("demo")
  CatalogCache inMemoryCatalogCache(
      @Value("${app.catalog.cache-ttl:5m}") Duration ttl, Clock clock) {
    return new InMemoryCatalogCache(ttl, clock);
  }

  @Bean
  BrowseCatalogUseCase browseCatalogUseCase(CatalogReader reader, CatalogCache cache) {
    return new BrowseCatalogService(reader, cache);
  }
}
