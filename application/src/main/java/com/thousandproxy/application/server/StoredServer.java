package com.thousandproxy.application.server;

import com.thousandproxy.domain.server.CredentialsRef;
import com.thousandproxy.domain.server.Server;
import com.thousandproxy.domain.server.ServerId;
import java.time.Instant;
import java.util.Objects;

/**
 * A server as stored: settings, dialect, sealed credentials and when we last synced its inbounds
 * and checked its health ({@code null} for never).
 */
public record StoredServer(
    ServerId id,
    ServerSettings settings,
    ServerDialect dialect,
    SealedCredentials credentials,
    Instant lastSyncedAt,
    Instant lastCheckedAt,
    Instant createdAt,
    Instant updatedAt) {

  public StoredServer {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(credentials, "credentials");
  }

  /** The domain's view: no secrets, only a reference to them. */
  public Server toServer() {
    return new Server(
        id,
        settings.name(),
        settings.panelUrl(),
        new CredentialsRef("server:" + id.value()),
        settings.publicHost(),
        settings.location(),
        settings.categoryId(),
        settings.brandId(),
        settings.capacity(),
        settings.active());
  }
}
