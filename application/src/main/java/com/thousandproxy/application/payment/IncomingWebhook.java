package com.thousandproxy.application.payment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A webhook request exactly as it arrived: the raw body bytes (signatures are computed over them,
 * so nothing may bind or re-serialise the body first) and its headers.
 */
public final class IncomingWebhook {

  private final byte[] body;
  private final Map<String, String> headers;

  /**
   * @param headers header name to value; names are matched case-insensitively
   */
  public IncomingWebhook(byte[] body, Map<String, String> headers) {
    this.body = Objects.requireNonNull(body, "body").clone();
    this.headers =
        Objects.requireNonNull(headers, "headers").entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(
                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
  }

  public static IncomingWebhook of(String body, Map<String, String> headers) {
    return new IncomingWebhook(body.getBytes(StandardCharsets.UTF_8), headers);
  }

  public byte[] body() {
    return body.clone();
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IncomingWebhook that
        && Arrays.equals(body, that.body)
        && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(body) + headers.hashCode();
  }

  @Override
  public String toString() {
    return "IncomingWebhook[" + body.length + " bytes, headers=" + headers.keySet() + "]";
  }
}
