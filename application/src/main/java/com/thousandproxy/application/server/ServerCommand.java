package com.thousandproxy.application.server;

import java.util.Objects;

/**
 * Registers a server, or replaces one's settings. On an update an absent password or token keeps
 * the stored one; an empty token removes it.
 *
 * @param password required to register unless an API token is given
 * @param apiToken {@code null} to keep (update) or have none (register)
 */
public record ServerCommand(
    ServerSettings settings,
    ServerDialect dialect,
    PlainSecret password,
    PlainSecret apiToken,
    AdminActor actor) {

  public ServerCommand {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(actor, "actor");
  }
}
