package com.thousandproxy.api.observability;

import com.thousandproxy.application.jobs.JobHandler;
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
 * gauges, and the ports measured by decoration: catalog and feed caches, payment statuses.
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
      @Value("${app.metrics.jobs-poll-interval:15s}") Duration interval,
      ObjectProvider<JobHandler> handlers) {
    return new JobsGauges(
        database, registry, interval, handlers.stream().map(JobHandler::type).toList());
  }

  /** Static, so the decorated adapters are created as usual (see {@link MeteredPorts}). */
  @Bean
  static BeanPostProcessor meteredPorts(
      ObjectProvider<MeterRegistry> registry,
      ObjectProvider<SubscriptionMetrics> subscriptions,
      ObjectProvider<PaymentMetrics> payments) {
    return new MeteredPorts(registry, subscriptions, payments);
  }
}
