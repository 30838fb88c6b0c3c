package com.thousandproxy.application.server.service;

import com.thousandproxy.application.server.PlainSecret;
import com.thousandproxy.application.server.ServerCommand;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.server.Location;
import java.net.URI;

/** Server commands for tests: {@code aServer(category, brand).withPanelUrl(...).command()}. */
public final class ServerCommands {

  private String panelUrl = "https://panel.example.com:2053/x7Kq2/";
  private String username = "admin";
  private PlainSecret password = new PlainSecret("pa55-w0rd");
  private PlainSecret apiToken;
  private ServerDialect dialect = ServerDialect.AUTO;
  private final long category;
  private final long brand;

  private ServerCommands(long category, long brand) {
    this.category = category;
    this.brand = brand;
  }

  public static ServerCommands aServer(long category, long brand) {
    return new ServerCommands(category, brand);
  }

  public ServerCommands withPanelUrl(String value) {
    panelUrl = value;
    return this;
  }

  public ServerCommands withUsername(String value) {
    username = value;
    return this;
  }

  public ServerCommands withPassword(String value) {
    password = value == null ? null : new PlainSecret(value);
    return this;
  }

  public ServerCommands withApiToken(String value) {
    apiToken = value == null ? null : new PlainSecret(value);
    return this;
  }

  public ServerCommands withDialect(ServerDialect value) {
    dialect = value;
    return this;
  }

  public ServerCommand command() {
    var settings =
        new ServerSettings(
            "Frankfurt 1",
            URI.create(panelUrl),
            username,
            true,
            "de1.example.com",
            Location.of("DE"),
            new CategoryId(category),
            new BrandId(brand),
            100,
            true);
    return new ServerCommand(settings, dialect, password, apiToken, AdminWorld.ADMIN);
  }
}
