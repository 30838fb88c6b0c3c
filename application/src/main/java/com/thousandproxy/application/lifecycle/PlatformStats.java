package com.thousandproxy.application.lifecycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The admin dashboard's figures: paid revenue and orders per UTC day, active clients, open and DEAD
 * jobs, each server's load against its capacity and the panel clients nobody accounts for.
 */
public record PlatformStats(
    List<Day> days,
    long activeClients,
    long jobsPending,
    long jobsDead,
    List<ServerLoad> servers,
    int unknownPanelClients) {

  public PlatformStats {
    days = List.copyOf(days);
    servers = List.copyOf(servers);
  }

  /** One day's paid orders and their revenue in one currency. */
  public record Day(LocalDate date, String currency, BigDecimal revenue, long orders) {}

  /** Clients placed on a server (not deleted) against its capacity. */
  public record ServerLoad(long serverId, String name, long clients, int capacity) {}

  /** The counts read in one go from the store. */
  public record Counts(long activeClients, long jobsPending, long jobsDead) {}
}
