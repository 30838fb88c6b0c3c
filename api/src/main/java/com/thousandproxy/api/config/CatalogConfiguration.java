package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.catalog.InMemoryCatalogCache;
import com.thousandproxy.adapters.persistence.catalog.R2dbcCatalogReader;
import com.thousandproxy.adapters.persistence.catalog.RedisCatalogCache;
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

  @Bean
  CatalogReader catalogReader(DatabaseClient databaseClient) {
    return new R2dbcCatalogReader(databaseClient);
  }

  @Bean
  @Profile("!demo")
  CatalogCache redisCatalogCache(
      ReactiveStringRedisTemplate redis,
      @Value("${app.catalog.cache-prefix:catalog}") String prefix,
      @Value("${app.catalog.cache-ttl:5m}") Duration ttl) {
    return new RedisCatalogCache(redis, prefix, ttl, RedisCatalogCache.DEFAULT_TIMEOUT);
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
