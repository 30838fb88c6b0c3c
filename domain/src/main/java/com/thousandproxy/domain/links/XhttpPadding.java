package com.thousandproxy.domain.links;

import java.util.Objects;

/**
 * The xPadding* settings of an XHTTP inbound; empty strings mean "not set". The obfs fields only
 * count when {@code obfsMode} is on, as in the panel.
 */
public record XhttpPadding(
    String bytes, boolean obfsMode, String key, String header, String placement, String method) {

  public static final XhttpPadding NONE = new XhttpPadding("", false, "", "", "", "");

  public XhttpPadding {
    bytes = Objects.requireNonNullElse(bytes, "");
    key = Objects.requireNonNullElse(key, "");
    header = Objects.requireNonNullElse(header, "");
    placement = Objects.requireNonNullElse(placement, "");
    method = Objects.requireNonNullElse(method, "");
  }

  public static XhttpPadding bytes(String range) {
    return new XhttpPadding(range, false, "", "", "", "");
  }
}
