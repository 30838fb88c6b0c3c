package com.thousandproxy.application.server;

import java.util.Objects;

/** A panel password or API token in clear text, on its way to the cipher; never printed. */
public record PlainSecret(String value) {

  public PlainSecret {
    Objects.requireNonNull(value, "value");
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return "PlainSecret[***]";
  }
}
