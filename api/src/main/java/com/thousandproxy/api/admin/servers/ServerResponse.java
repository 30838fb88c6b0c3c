package com.thousandproxy.api.admin.servers;

import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.StoredServer;
import java.time.Instant;

/**
 * A server as admins read it: never its password or token, only whether a token is set. {@code
 * dialect} is the setting ({@code auto}, or the pinned one), {@code detectedDialect} what the panel
 * was last seen to speak.
 */
public record ServerResponse(
    long id,
    String name,
    String panelUrl,
    String username,
    boolean hasApiToken,
    boolean tlsVerify,
    String publicHost,
    String location,
    long categoryId,
    long brandId,
    int capacity,
    boolean active,
    String dialect,
    String detectedDialect,
    Instant lastSyncedAt,
    Instant lastCheckedAt,
    Instant createdAt,
    Instant updatedAt) {

  static ServerResponse from(StoredServer server) {
    var settings = server.settings();
    String known = server.dialect().known().map(ServerDialect::wireName).orElse(null);
    return new ServerResponse(
        server.id().value(),
        settings.name(),
        settings.panelUrl().toString(),
        settings.username(),
        server.credentials().hasApiToken(),
        settings.tlsVerify(),
        settings.publicHost(),
        settings.location().countryCode(),
        settings.categoryId().value(),
        settings.brandId().value(),
        settings.capacity(),
        settings.active(),
        server.dialect().pinned() ? known : "auto",
        known,
        server.lastSyncedAt(),
        server.lastCheckedAt(),
        server.createdAt(),
        server.updatedAt());
  }
}
