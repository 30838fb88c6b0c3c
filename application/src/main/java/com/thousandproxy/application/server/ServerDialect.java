package com.thousandproxy.application.server;

import com.thousandproxy.application.panel.PanelDialect;
import java.util.Locale;
import java.util.Optional;

/**
 * What we know of a server's client API: nothing yet, what the adapter detected at first contact,
 * or what an admin pinned (then never re-detected). Demo servers are always pinned to {@link
 * PanelDialect#DEMO}.
 *
 * @param dialect the known dialect, or {@code null} when never detected
 */
public record ServerDialect(PanelDialect dialect, boolean pinned) {

  public static final ServerDialect AUTO = new ServerDialect(null, false);

  public ServerDialect {
    if (pinned && dialect == null) {
      throw new IllegalArgumentException("a pinned dialect must name one");
    }
    if (dialect == PanelDialect.DEMO) {
      pinned = true;
    }
  }

  public static ServerDialect pinnedTo(PanelDialect dialect) {
    return new ServerDialect(dialect, true);
  }

  public static ServerDialect detected(PanelDialect dialect) {
    return new ServerDialect(dialect, false);
  }

  public boolean isDemo() {
    return dialect == PanelDialect.DEMO;
  }

  public Optional<PanelDialect> known() {
    return Optional.ofNullable(dialect);
  }

  /** After a contact that saw {@code seen}: a pinned dialect stays, otherwise the new one wins. */
  public ServerDialect afterDetecting(PanelDialect seen) {
    return pinned || seen == null ? this : detected(seen);
  }

  /** The API's and the store's name: {@code classic}, {@code clients-api} or {@code demo}. */
  public static String wireName(PanelDialect dialect) {
    return switch (dialect) {
      case CLASSIC -> "classic";
      case CLIENT_RECORDS -> "clients-api";
      case DEMO -> "demo";
    };
  }

  public static Optional<PanelDialect> fromWireName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "classic" -> Optional.of(PanelDialect.CLASSIC);
      case "clients-api" -> Optional.of(PanelDialect.CLIENT_RECORDS);
      case "demo" -> Optional.of(PanelDialect.DEMO);
      default -> Optional.empty();
    };
  }
}
