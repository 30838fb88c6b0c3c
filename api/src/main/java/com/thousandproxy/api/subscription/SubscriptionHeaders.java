package com.thousandproxy.api.subscription;

import com.thousandproxy.application.subscription.SubscriptionFeed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * The headers VPN apps read from a subscription response (the de-facto standard of Clash, Hiddify,
 * v2rayNG and the 3x-ui panel): traffic and expiry, refresh interval, title, support link, and a
 * file name for the download.
 */
final class SubscriptionHeaders {

  static final String USERINFO = "subscription-userinfo";
  static final String UPDATE_INTERVAL = "profile-update-interval";
  static final String TITLE = "profile-title";
  static final String SUPPORT_URL = "support-url";

  private SubscriptionHeaders() {}

  static HttpHeaders of(SubscriptionFeed feed, FeedFormat format, int updateIntervalHours) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(format.contentType());
    headers.set(USERINFO, userInfo(feed));
    headers.set(UPDATE_INTERVAL, Integer.toString(updateIntervalHours));
    headers.set(TITLE, title(feed.title()));
    if (feed.supportUrl() != null) {
      headers.set(SUPPORT_URL, feed.supportUrl());
    }
    if (format.isDownload()) {
      headers.set(
          HttpHeaders.CONTENT_DISPOSITION,
          "attachment; filename*=UTF-8''"
              + rfc5987(fileName(feed.title()) + "." + format.extension()));
    }
    // The body carries credentials: never kept by a shared cache or the browser.
    headers.setCacheControl("no-store");
    headers.setVary(List.of(HttpHeaders.USER_AGENT, HttpHeaders.ACCEPT));
    headers.set("X-Robots-Tag", "noindex");
    return headers;
  }

  /** {@code upload=U; download=D; total=T; expire=E}, without expire when there is none. */
  static String userInfo(SubscriptionFeed feed) {
    String info =
        "upload=" + feed.upload() + "; download=" + feed.download() + "; total=" + feed.total();
    return feed.expire() == null ? info : info + "; expire=" + feed.expire().getEpochSecond();
  }

  /** Printable ASCII as it is; anything else as {@code base64:} of the UTF-8 bytes. */
  static String title(String title) {
    boolean printableAscii = title.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    return printableAscii
        ? title
        : "base64:" + Base64.getEncoder().encodeToString(title.getBytes(StandardCharsets.UTF_8));
  }

  /** The title as a file name: no path separators or control characters, never empty. */
  static String fileName(String title) {
    String cleaned = title.replaceAll("[\\p{Cntrl}/\\\\]", " ").strip();
    return cleaned.isEmpty() ? "subscription" : cleaned;
  }

  /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as %XX. */
  static String rfc5987(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 0x80 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
