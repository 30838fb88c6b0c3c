package com.thousandproxy.api.subscription.render;

import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.application.shared.HtmlText;
import com.thousandproxy.application.subscription.SubscriptionFeed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The page a customer sees when opening the subscription URL in a browser: plan, client, status,
 * expiry and traffic, a QR code of the URL for the phone, and one button per app that imports it.
 * Self-contained (inline style and SVG, no script, no external asset) so it passes a strict CSP;
 * every value from the feed is escaped.
 */
public final class SubscriptionPageRenderer {

  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final QrCodeRenderer qr;

  public SubscriptionPageRenderer(QrCodeRenderer qr) {
    this.qr = qr;
  }

  /**
   * @param url the subscription URL to import, without a format (each app gets its own)
   */
  public String render(SubscriptionFeed feed, String url) {
    StringBuilder page = new StringBuilder(8192);
    String title = HtmlText.escape(feed.title());
    page.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta name=\"robots\" content=\"noindex\"><title>")
        .append(title)
        .append("</title><style>")
        .append(PageStyle.CSS)
        .append("</style></head><body><main>")
        .append("<h1 dir=\"auto\">")
        .append(title)
        .append("</h1>");
    if (!feed.clientName().isEmpty()) {
      page.append("<p class=\"client\" dir=\"auto\">")
          .append(HtmlText.escape(feed.clientName()))
          .append("</p>");
    }
    page.append("<p class=\"status ")
        .append(feed.active() ? "on" : "off")
        .append("\">")
        .append(statusText(feed))
        .append("</p><dl><dt>Expires</dt><dd>")
        .append(feed.expire() == null ? "Never" : EXPIRY.format(feed.expire()))
        .append("</dd><dt>Used</dt><dd>")
        .append(TrafficText.bytes(feed.upload() + feed.download()))
        .append(feed.total() == 0 ? " (unlimited)" : " of " + TrafficText.bytes(feed.total()))
        .append("</dd></dl><figure class=\"qr\">")
        .append(qr.svg(url))
        .append("<figcaption>Scan with your VPN app</figcaption></figure>")
        .append("<h2>Add to your app</h2><ul class=\"apps\">");
    deepLinks(url, feed.title())
        .forEach(
            (app, link) ->
                page.append("<li><a class=\"button\" href=\"")
                    .append(HtmlText.escape(link))
                    .append("\">")
                    .append(HtmlText.escape(app))
                    .append("</a></li>"));
    page.append("</ul><h2>Subscription link</h2>")
        .append("<input readonly aria-label=\"Subscription link\" value=\"")
        .append(HtmlText.escape(url))
        .append(
            "\"><p class=\"hint\">Other apps: copy this link and add it as a subscription.</p>");
    if (feed.supportUrl() != null) {
      page.append("<p><a href=\"")
          .append(HtmlText.escape(feed.supportUrl()))
          .append("\" rel=\"noopener noreferrer\">Get help</a></p>");
    }
    return page.append("</main></body></html>").toString();
  }

  /** The import link of each app, in the order shown. */
  static Map<String, String> deepLinks(String url, String name) {
    Map<String, String> links = new LinkedHashMap<>();
    String fragment = "#" + Html.encode(name);
    links.put("v2rayNG", "v2rayng://install-config?url=" + Html.encode(url));
    links.put("Hiddify", "hiddify://import/" + url + fragment);
    links.put("sing-box", "sing-box://import-remote-profile?url=" + Html.encode(url) + fragment);
    links.put(
        "Clash / mihomo",
        "clash://install-config?url="
            + Html.encode(withFormat(url, "clash"))
            + "&name="
            + Html.encode(name));
    return links;
  }

  private static String withFormat(String url, String format) {
    return url + (url.contains("?") ? "&" : "?") + "format=" + format;
  }

  private static String statusText(SubscriptionFeed feed) {
    return switch (feed.status()) {
      case ACTIVE -> "Active";
      case PENDING -> "Being set up: your servers appear here shortly";
      case SUSPENDED -> "Suspended: no servers until it is resumed";
      case EXPIRED -> "Expired: renew it in your account to get your servers back";
      case DELETED -> "Deleted";
    };
  }
}
