package com.thousandproxy.api.subscription.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encoding for deep links (HTML escaping is {@code HtmlText}). */
final class Html {

  private Html() {}

  /** A query value or fragment, with spaces as {@code %20} (apps differ on {@code +}). */
  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
