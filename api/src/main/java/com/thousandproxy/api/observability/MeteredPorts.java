package com.thousandproxy.api.observability;

import com.thousandproxy.adapters.persistence.delivery.CountedFeedRowCache;
import com.thousandproxy.adapters.persistence.delivery.FeedRowCache;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.payment.port.out.PaymentRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Decorates whichever adapters the profile defines for the ports measured from outside: catalog and
 * feed cache reads as hits and misses, payment statuses as they are stored. The meters are looked
 * up at the first use, so this processor neither starts beans early nor delays them.
 */
final class MeteredPorts implements BeanPostProcessor {

  private final ObjectProvider<MeterRegistry> registry;
  private final ObjectProvider<SubscriptionMetrics> subscriptions;
  private final ObjectProvider<PaymentMetrics> payments;

  MeteredPorts(
      ObjectProvider<MeterRegistry> registry,
      ObjectProvider<SubscriptionMetrics> subscriptions,
      ObjectProvider<PaymentMetrics> payments) {
    this.registry = registry;
    this.subscriptions = subscriptions;
    this.payments = payments;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof CatalogCache cache && !(bean instanceof MeteredCatalogCache)) {
      return new MeteredCatalogCache(cache, registry::getObject);
    }
    if (bean instanceof FeedRowCache cache && !(bean instanceof CountedFeedRowCache)) {
      return new CountedFeedRowCache(cache, hit -> subscriptions.getObject().feedCacheRead(hit));
    }
    if (bean instanceof PaymentRepository store && !(bean instanceof MeteredPaymentRepository)) {
      return new MeteredPaymentRepository(store, payments::getObject);
    }
    return bean;
  }
}
