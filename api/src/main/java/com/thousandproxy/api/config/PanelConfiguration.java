package com.thousandproxy.api.config;

import com.thousandproxy.adapters.xui.DemoPanelClientGateway;
import com.thousandproxy.adapters.xui.InMemoryPanelSessionStore;
import com.thousandproxy.adapters.xui.PanelSessionStore;
import com.thousandproxy.adapters.xui.RedisPanelSessionStore;
import com.thousandproxy.adapters.xui.ThreeXuiPanelClientGateway;
import com.thousandproxy.adapters.xui.XuiSettings;
import com.thousandproxy.api.observability.PanelCallMetrics;
import com.thousandproxy.application.server.service.PanelGatewayRouter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The 3x-ui panels: one bean for both panel ports, routing demo servers to the in-memory demo panel
 * (demo profile only) and every other server to the real adapter, whose cookie sessions are shared
 * in Redis (in memory in the demo profile). Every client call is timed by {@link PanelCallMetrics}.
 */
@Configuration(proxyBeanMethods = false)
public class PanelConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(PanelConfiguration.class);

  @Bean
  XuiSettings xuiSettings(
      @Value("${app.panels.connect-timeout:5s}") Duration connectTimeout,
      @Value("${app.panels.call-timeout:15s}") Duration callTimeout,
      @Value("${app.panels.max-concurrent-calls:4}") int maxConcurrentCalls,
      @Value("${app.panels.breaker.failure-rate-threshold:50}") float failureRate,
      @Value("${app.panels.breaker.sliding-window-size:20}") int window,
      @Value("${app.panels.breaker.minimum-number-of-calls:10}") int minimumCalls,
      @Value("${app.panels.breaker.open-state-wait:30s}") Duration openWait,
      @Value("${app.panels.retry.max-attempts:3}") int attempts,
      @Value("${app.panels.retry.backoff:500ms}") Duration backoff) {
    return new XuiSettings(
        connectTimeout,
        callTimeout,
        maxConcurrentCalls,
        failureRate,
        window,
        minimumCalls,
        openWait,
        attempts,
        backoff);
  }

  @Bean
  @Profile("!demo")
  PanelSessionStore redisPanelSessionStore(
      ReactiveStringRedisTemplate redis,
      @Value("${app.panels.session-ttl:5h}") Duration ttl,
      @Value("${app.panels.session-key-prefix:panel-session:}") String prefix) {
    return new RedisPanelSessionStore(redis, prefix, ttl);
  }

  @Bean
  @Profile("demo")
  PanelSessionStore inMemoryPanelSessionStore() {
    return new InMemoryPanelSessionStore();
  }

  @Bean
  PanelGatewayRouter panelGateway(
      XuiSettings settings,
      PanelSessionStore sessions,
      Environment environment,
      PanelCallMetrics metrics) {
    var real = new ThreeXuiPanelClientGateway(settings, sessions);
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      return new PanelGatewayRouter(metrics.meter(real), real, null, null);
    }
    LOG.warn("DEMO: servers with dialect demo are served by an in-memory panel, nothing is real");
    var demo = new DemoPanelClientGateway();
    return new PanelGatewayRouter(metrics.meter(real), real, metrics.meter(demo), demo);
  }
}
