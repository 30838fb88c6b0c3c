package com.thousandproxy.api.subscription;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The shapes the feed comes in, with the content type and file extension of each. */
enum FeedFormat {
  BASE64("base64", "text/plain;charset=utf-8", "txt"),
  LINKS("links", "text/plain;charset=utf-8", "txt"),
  CLASH("clash", "text/yaml;charset=utf-8", "yaml"),
  SINGBOX("singbox", "application/json", "json"),
  /** For a person with a browser; never chosen by the {@code format} parameter. */
  HTML("html", "text/html;charset=utf-8", "html");

  private final String parameter;
  private final MediaType contentType;
  private final String extension;

  FeedFormat(String parameter, String contentType, String extension) {
    this.parameter = parameter;
    this.contentType = MediaType.parseMediaType(contentType);
    this.extension = extension;
  }

  MediaType contentType() {
    return contentType;
  }

  String extension() {
    return extension;
  }

  boolean isDownload() {
    return this != HTML;
  }

  /** The format a {@code format} query value names; HTML is not one of them. */
  static Optional<FeedFormat> fromParameter(String value) {
    String wanted = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f != HTML && f.parameter.equals(wanted)).findFirst();
  }

  static String parameterNames() {
    return "links, clash, singbox, base64";
  }
}
