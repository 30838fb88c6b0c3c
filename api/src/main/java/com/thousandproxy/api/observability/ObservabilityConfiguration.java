package com.thousandproxy.api.observability;

import com.thousandproxy.application.catalog.port.out.CatalogCache;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Request ids and the performance line, the business meters other code records into, the job queue
 * gauges, and catalog cache hit/miss counting (by decorating whichever {@link CatalogCache} the
 * profile defines).
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

  public ObservabilityConfiguration() {
    RequestIdAccessor.install();
  }

  @Bean
  RequestObservabilityFilter requestObservabilityFilter(
      ObjectProvider<WebExceptionHandler> exceptionHandlers) {
    return new RequestObservabilityFilter(exceptionHandlers);
  }

  @Bean
  PanelCallMetrics panelCallMetrics(MeterRegistry registry) {
    return new PanelCallMetrics(registry);
  }

  @Bean
  PaymentMetrics paymentMetrics(MeterRegistry registry) {
    return new PaymentMetrics(registry);
  }

  @Bean
  SubscriptionMetrics subscriptionMetrics(MeterRegistry registry) {
    return new SubscriptionMetrics(registry);
  }

  @Bean
  ProvisioningMetrics provisioningMetrics(MeterRegistry registry) {
    return new ProvisioningMetrics(registry);
  }

  @Bean
  JobsGauges jobsGauges(
      DatabaseClient database,
      MeterRegistry registry,
      @Value("${app.metrics.jobs-poll-interval:15s}") Duration interval) {
    return new JobsGauges(database, registry, interval);
  }

  /** Static and lazy about the registry, so it neither starts early nor delays other beans. */
  @Bean
  static BeanPostProcessor catalogCacheMetrics(ObjectProvider<MeterRegistry> registry) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof CatalogCache cache && !(bean instanceof MeteredCatalogCache)) {
          return new MeteredCatalogCache(cache, registry::getObject);
        }
        return bean;
      }
    };
  }
}
