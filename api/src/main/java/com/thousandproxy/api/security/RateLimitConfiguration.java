package com.thousandproxy.api.security;

import com.thousandproxy.adapters.persistence.ratelimit.FailOpenRateLimiter;
import com.thousandproxy.adapters.persistence.ratelimit.InMemoryRateLimiter;
import com.thousandproxy.adapters.persistence.ratelimit.RedisRateLimiter;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The rate limiter: Redis with a local fallback, or local only (demo). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimitConfiguration {

  @Bean
  RateLimiter rateLimiter(
      RateLimitProperties properties,
      ObjectProvider<ReactiveStringRedisTemplate> redis,
      Clock clock) {
    InMemoryRateLimiter local = new InMemoryRateLimiter(clock);
    ReactiveStringRedisTemplate template = redis.getIfAvailable();
    if ("memory".equals(properties.store()) || template == null) {
      return local;
    }
    return new FailOpenRateLimiter(
        new RedisRateLimiter(template, properties.keyPrefix()),
        local,
        properties.redisTimeout(),
        properties.fallbackPause(),
        clock);
  }

  @Bean
  RateLimiterHealthIndicator rateLimiterHealthIndicator(RateLimiter limiter) {
    return new RateLimiterHealthIndicator(limiter);
  }
}
