package com.thousandproxy.api.delivery;

import com.thousandproxy.adapters.persistence.delivery.FeedRowCache;
import com.thousandproxy.adapters.persistence.delivery.InMemoryFeedRowCache;
import com.thousandproxy.adapters.persistence.delivery.R2dbcAccountTokenStore;
import com.thousandproxy.adapters.persistence.delivery.R2dbcDeliveryRecords;
import com.thousandproxy.adapters.persistence.delivery.RedisFeedRowCache;
import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.application.delivery.DeliveryLinks;
import com.thousandproxy.application.delivery.port.out.AccountTokenStore;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.delivery.service.DeliverySubscriptionSource;
import com.thousandproxy.application.delivery.service.RenewServerClientService;
import com.thousandproxy.application.delivery.service.ServerClientDeliveryService;
import com.thousandproxy.application.ordering.port.in.PlaceOrderUseCase;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Delivery to the customer: the client pages, QR codes, token rotation and the subscription source
 * behind {@code /sub/...}, with the feed cache in Redis (in memory in the demo profile). The cache
 * bean is also the {@code SubscriptionCache} the lifecycle and traffic-sync code invalidate.
 */
@Configuration(proxyBeanMethods = false)
public class DeliveryConfiguration {

  @Bean
  @Profile("!demo")
  FeedRowCache redisFeedRowCache(
      ReactiveStringRedisTemplate redis,
      @Value("${app.delivery.cache-prefix:sub}") String prefix,
      @Value("${app.delivery.cache-ttl:2m}") Duration ttl) {
    return new RedisFeedRowCache(redis, prefix, ttl);
  }

  @Bean
  @Profile("demo")
  FeedRowCache inMemoryFeedRowCache(
      @Value("${app.delivery.cache-ttl:2m}") Duration ttl, Clock clock) {
    return new InMemoryFeedRowCache(ttl, clock);
  }

  /** Lifecycle writes (status, usage) drop the client's cached feed. */
  @Bean
  static BeanPostProcessor subscriptionCacheInvalidation(ObjectProvider<SubscriptionCache> cache) {
    return new CacheInvalidationPostProcessor(cache);
  }

  @Bean
  DeliveryRecords deliveryRecords(DatabaseClient db, FeedRowCache cache, Clock clock) {
    return new R2dbcDeliveryRecords(db, cache, clock);
  }

  @Bean
  AccountTokenStore accountTokenStore(DatabaseClient db, Clock clock) {
    return new R2dbcAccountTokenStore(db, clock);
  }

  /** A fallback, so that a test (or a future source) can declare its own without ambiguity. */
  @Bean
  @Fallback
  SubscriptionSource deliverySubscriptionSource(
      DeliveryRecords records, AccountTokenStore accountTokens, Clock clock) {
    return new DeliverySubscriptionSource(records, accountTokens, clock);
  }

  @Bean
  ServerClientDeliveryService serverClientDeliveryService(
      DeliveryRecords records,
      AccountTokenStore accountTokens,
      FeedRowCache cache,
      SubscriptionTokens tokens) {
    return new ServerClientDeliveryService(records, accountTokens, cache, tokens);
  }

  @Bean
  RenewServerClientService renewServerClientService(
      DeliveryRecords records, PlaceOrderUseCase placeOrder) {
    return new RenewServerClientService(records, placeOrder);
  }

  /** The links and URLs customers see, on their pages and in their e-mails. */
  @Bean
  DeliveryLinks deliveryLinks(@Value("${app.public-base-url}") String publicBaseUrl) {
    return new DeliveryLinks(new ShareLinkBuilder(new SecureRandom()), publicBaseUrl);
  }

  @Bean
  Links deliveryResponseLinks(DeliveryLinks links) {
    return new Links(links);
  }

  @Bean
  QrImages deliveryQrImages(Links links) {
    return new QrImages(new QrCodeRenderer(), links);
  }

  @Bean
  DeliveryErrorRules deliveryErrorRules() {
    return new DeliveryErrorRules();
  }
}
