package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.ShareLinkBuilder;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The share links themselves, one per line, as the panel's own subscription lists them; and the
 * same text in standard padded base64, which is what v2rayNG, Hiddify, Streisand and Shadowrocket
 * import.
 */
public final class LinkListRenderer {

  private final ShareLinkBuilder builder;

  public LinkListRenderer(ShareLinkBuilder builder) {
    this.builder = builder;
  }

  public String plain(List<ShareLinkSpec> links) {
    return String.join("\n", links.stream().map(builder::build).toList());
  }

  public String base64(List<ShareLinkSpec> links) {
    return Base64.getEncoder().encodeToString(plain(links).getBytes(StandardCharsets.UTF_8));
  }
}
