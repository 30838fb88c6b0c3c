package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.lifecycle.port.out.LifecycleClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the lifecycle's client store so that its writes invalidate the feed cache, without the
 * lifecycle code knowing the cache; the cache is looked up lazily, when the store is created.
 */
final class CacheInvalidationPostProcessor implements BeanPostProcessor {

  private final ObjectProvider<SubscriptionCache> cache;

  CacheInvalidationPostProcessor(ObjectProvider<SubscriptionCache> cache) {
    this.cache = cache;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof LifecycleClients clients
        && !(bean instanceof InvalidatingLifecycleClients)) {
      return new InvalidatingLifecycleClients(clients, cache.getObject());
    }
    return bean;
  }
}
