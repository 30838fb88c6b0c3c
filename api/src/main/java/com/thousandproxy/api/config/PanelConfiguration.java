package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.panel.InMemoryPanelWriteLock;
import com.thousandproxy.adapters.persistence.panel.RedisPanelWriteLock;
import com.thousandproxy.adapters.xui.CoalescingPanelClientGateway;
import com.thousandproxy.adapters.xui.DemoPanelClientGateway;
import com.thousandproxy.adapters.xui.InMemoryPanelSessionStore;
import com.thousandproxy.adapters.xui.PanelSessionStore;
import com.thousandproxy.adapters.xui.RedisPanelSessionStore;
import com.thousandproxy.adapters.xui.ThreeXuiPanelClientGateway;
import com.thousandproxy.adapters.xui.XuiSettings;
import com.thousandproxy.api.observability.PanelCallMetrics;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
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
 * (demo profile only) and every other server to the real adapter, whose cookie sessions and
 * per-panel write lock are shared in Redis (in memory in the demo profile). Every call a panel
 * receives is timed by {@link PanelCallMetrics}.
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
  @Profile("!demo")
  PanelWriteLock redisPanelWriteLock(
      ReactiveStringRedisTemplate redis,
      @Value("${app.panels.write-lock.key-prefix:panel-write-lock:}") String prefix,
      @Value("${app.panels.write-lock.lease:30s}") Duration lease,
      @Value("${app.panels.write-lock.max-wait:2m}") Duration maxWait) {
    return new RedisPanelWriteLock(redis, prefix, lease, maxWait);
  }

  @Bean
  @Profile("demo")
  PanelWriteLock inMemoryPanelWriteLock(
      @Value("${app.panels.write-lock.lease:30s}") Duration lease,
      @Value("${app.panels.write-lock.max-wait:2m}") Duration maxWait) {
    return new InMemoryPanelWriteLock(lease, maxWait);
  }

  @Bean
  PanelGatewayRouter panelGateway(
      XuiSettings settings,
      PanelSessionStore sessions,
      PanelWriteLock writeLock,
      Environment environment,
      PanelCallMetrics metrics,
      @Value("${app.panels.max-clients-per-add:200}") int maxClientsPerAdd) {
    var real = new ThreeXuiPanelClientGateway(settings, sessions, writeLock);
    // Concurrent deliveries to one inbound share a panel call (writes to a panel are serialised);
    // metered below the coalescing, so the metrics count the calls the panel really receives.
    var writes = new CoalescingPanelClientGateway(metrics.meter(real), maxClientsPerAdd);
    if (!environment.acceptsProfiles(Profiles.of("demo"))) {
      return new PanelGatewayRouter(writes, real, null, null);
    }
    LOG.warn("DEMO: servers with dialect demo are served by an in-memory panel, nothing is real");
    var demo = new DemoPanelClientGateway();
    return new PanelGatewayRouter(writes, real, metrics.meter(demo), demo);
  }
}
