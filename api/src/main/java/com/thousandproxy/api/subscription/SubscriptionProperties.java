package com.thousandproxy.api.subscription;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.subscription.*}: what the feed tells apps besides the links.
 *
 * @param supportUrl where customers get help (a web page or a Telegram link), sent as {@code
 *     support-url} and shown on the page; none when blank
 * @param updateIntervalHours how often apps should refresh, sent as {@code profile-update-interval}
 */
@ConfigurationProperties("app.subscription")
public record SubscriptionProperties(String supportUrl, Integer updateIntervalHours) {

  public SubscriptionProperties {
    if (updateIntervalHours == null) {
      updateIntervalHours = 12;
    }
    if (updateIntervalHours < 1) {
      throw new IllegalArgumentException("app.subscription.update-interval-hours must be >= 1");
    }
  }
}
