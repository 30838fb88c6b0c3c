package com.thousandproxy.application.server;

import java.time.Instant;
import java.util.Objects;

/** A server about to be stored: its settings, dialect choice and sealed credentials. */
public record NewServer(
    ServerSettings settings, ServerDialect dialect, SealedCredentials credentials, Instant at) {

  public NewServer {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(at, "at");
  }
}
