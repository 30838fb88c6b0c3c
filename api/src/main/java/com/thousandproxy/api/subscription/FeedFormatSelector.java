package com.thousandproxy.api.subscription;

import com.thousandproxy.api.web.InvalidRequestException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;

/**
 * Picks the feed's format: the {@code format} parameter when given; else the User-Agent (Clash
 * family → Clash, sing-box family → sing-box, checked first because Hiddify also calls itself "like
 * ClashMeta"); else a browser asking for HTML gets the page; else base64, which every other app
 * reads.
 */
final class FeedFormatSelector {

  private static final Pattern SING_BOX =
      Pattern.compile("sing-box|singbox|hiddify|^sf[aimt]/|karing");
  private static final Pattern CLASH = Pattern.compile("clash|mihomo|stash|flclash|nyanpasu");

  /** Apps that read base64 (or plain) links, whatever Accept header they send. */
  private static final Pattern LINK_APPS =
      Pattern.compile(
          "v2rayng|v2rayn|streisand|shadowrocket|nekobox|nekoray|v2box|happ|foxray|"
              + "quantumult|surge|loon|v2raytun|okhttp|curl|wget");

  private static final Pattern NO_XHTTP = Pattern.compile("stash");

  private FeedFormatSelector() {}

  static FeedFormat select(String format, String userAgent, List<MediaType> accept) {
    if (format != null && !format.isBlank()) {
      return FeedFormat.fromParameter(format)
          .orElseThrow(
              () ->
                  InvalidRequestException.of(
                      "format", "must be one of " + FeedFormat.parameterNames()));
    }
    String agent = normalise(userAgent);
    if (SING_BOX.matcher(agent).find()) {
      return FeedFormat.SINGBOX;
    }
    if (CLASH.matcher(agent).find()) {
      return FeedFormat.CLASH;
    }
    if (!LINK_APPS.matcher(agent).find() && asksForHtml(accept)) {
      return FeedFormat.HTML;
    }
    return FeedFormat.BASE64;
  }

  /** Whether the client's core has mihomo's XHTTP transport; Stash's does not. */
  static boolean clashHasXhttp(String userAgent) {
    return !NO_XHTTP.matcher(normalise(userAgent)).find();
  }

  private static boolean asksForHtml(List<MediaType> accept) {
    return accept.stream()
        .anyMatch(type -> !type.isWildcardType() && type.isCompatibleWith(MediaType.TEXT_HTML));
  }

  private static String normalise(String userAgent) {
    return userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
  }
}
