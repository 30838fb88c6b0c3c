package com.thousandproxy.api.subscription;

import com.thousandproxy.api.subscription.render.ClashProfileRenderer;
import com.thousandproxy.api.subscription.render.LinkListRenderer;
import com.thousandproxy.api.subscription.render.SingBoxConfigRenderer;
import com.thousandproxy.api.subscription.render.SubscriptionPageRenderer;
import com.thousandproxy.application.subscription.SubscriptionFeed;

/** Renders a feed in the chosen format. */
public final class FeedRenderer {

  private final LinkListRenderer links;
  private final ClashProfileRenderer clash;
  private final SingBoxConfigRenderer singBox;
  private final SubscriptionPageRenderer page;

  public FeedRenderer(
      LinkListRenderer links,
      ClashProfileRenderer clash,
      SingBoxConfigRenderer singBox,
      SubscriptionPageRenderer page) {
    this.links = links;
    this.clash = clash;
    this.singBox = singBox;
    this.page = page;
  }

  /**
   * @param userAgent the requesting app, which decides on optional Clash features
   * @param url the subscription URL, shown and encoded on the HTML page
   */
  String render(FeedFormat format, SubscriptionFeed feed, String userAgent, String url) {
    return switch (format) {
      case BASE64 -> links.base64(feed.links());
      case LINKS -> links.plain(feed.links());
      case CLASH ->
          clash.render(feed.title(), feed.links(), FeedFormatSelector.clashHasXhttp(userAgent));
      case SINGBOX -> singBox.render(feed.links());
      case HTML -> page.render(feed, url);
    };
  }
}
