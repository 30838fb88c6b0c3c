package com.thousandproxy.api.subscription;

import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.api.subscription.render.ClashProfileRenderer;
import com.thousandproxy.api.subscription.render.LinkListRenderer;
import com.thousandproxy.api.subscription.render.SingBoxConfigRenderer;
import com.thousandproxy.api.subscription.render.SubscriptionPageRenderer;
import com.thousandproxy.application.subscription.port.in.SubscriptionFeedUseCase;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import com.thousandproxy.application.subscription.service.SubscriptionFeedService;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The subscription feed: its renderers and use case (the endpoint itself is a scanned controller).
 * The {@link SubscriptionSource} (clients by token, over {@code server_clients}) comes from the
 * provisioning side; until a bean of it exists every token is unknown, and a warning says so at
 * start.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubscriptionProperties.class)
public class SubscriptionConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionConfiguration.class);

  @Bean
  SubscriptionFeedUseCase subscriptionFeedUseCase(
      ObjectProvider<SubscriptionSource> sources, Clock clock, SubscriptionProperties properties) {
    SubscriptionSource source =
        sources.getIfAvailable(
            () -> {
              log.warn("No SubscriptionSource bean: every subscription token answers 404");
              return token -> Mono.empty();
            });
    return new SubscriptionFeedService(source, clock, properties.supportUrl());
  }

  @Bean
  FeedRenderer subscriptionFeedRenderer() {
    // SecureRandom is thread-safe; the random parts are REALITY's sni, sid and spider path.
    return new FeedRenderer(
        new LinkListRenderer(new ShareLinkBuilder(new SecureRandom())),
        new ClashProfileRenderer(),
        new SingBoxConfigRenderer(),
        new SubscriptionPageRenderer(new QrCodeRenderer()));
  }
}
