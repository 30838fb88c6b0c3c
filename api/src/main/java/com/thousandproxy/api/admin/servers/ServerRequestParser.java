package com.thousandproxy.api.admin.servers;

import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.PlainSecret;
import com.thousandproxy.application.server.ServerCommand;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.server.Location;
import com.thousandproxy.domain.server.Server;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a {@link ServerRequest} into a command, or a 400 listing every bad field. */
final class ServerRequestParser {

  private static final int MAX_SECRET = 500;
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]]+");

  private ServerRequestParser() {}

  static ServerCommand parse(ServerRequest request, boolean creating, AdminActor actor) {
    if (request == null) {
      request =
          new ServerRequest(
              null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    RequestFields fields = new RequestFields();
    String name = fields.text("name", request.name(), 150, true);
    URI panelUrl = panelUrl(fields, request.panelUrl());
    String username = fields.text("username", request.username(), 255, false);
    String publicHost = fields.text("publicHost", request.publicHost(), 255, true);
    if (publicHost != null && !HOST.matcher(publicHost).matches()) {
      fields.reject("publicHost", "must be a host name or an IP address");
    }
    Location location = location(fields, request.location());
    Long categoryId = fields.id("categoryId", request.categoryId());
    Long brandId = fields.id("brandId", request.brandId());
    Integer capacity = fields.whole("capacity", request.capacity(), 1, Server.MAX_CAPACITY, true);
    ServerDialect dialect = dialect(fields, request.dialect(), creating);
    PlainSecret password = secret(fields, "password", request.password(), false);
    PlainSecret apiToken = secret(fields, "apiToken", request.apiToken(), true);
    boolean hasToken = apiToken != null && !apiToken.isEmpty();
    if (creating && password == null && !hasToken && !fields.has("password")) {
      fields.reject("password", "is required unless an API token is given");
    }
    fields.throwIfAny();
    var settings =
        new ServerSettings(
            name,
            panelUrl,
            username,
            request.tlsVerify() == null || request.tlsVerify(),
            publicHost,
            location,
            new CategoryId(categoryId),
            new BrandId(brandId),
            capacity,
            request.active() == null || request.active());
    return new ServerCommand(settings, dialect, password, apiToken, actor);
  }

  private static URI panelUrl(RequestFields fields, String value) {
    String text = fields.text("panelUrl", value, 500, true);
    if (text == null) {
      return null;
    }
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && uri.getRawUserInfo() == null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    fields.reject(
        "panelUrl",
        "must be an absolute http(s) URL with the panel's web base path, without credentials,"
            + " query or fragment");
    return null;
  }

  private static Location location(RequestFields fields, String value) {
    String text = fields.text("location", value, 10, true);
    if (text == null) {
      return null;
    }
    try {
      return Location.of(text);
    } catch (IllegalArgumentException e) {
      fields.reject("location", "must be an ISO 3166-1 alpha-2 country code");
      return null;
    }
  }

  /** Empty means "remove" for a token and is refused for a password. */
  private static PlainSecret secret(
      RequestFields fields, String field, String value, boolean emptyAllowed) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty() && !emptyAllowed) {
      fields.reject(field, "must not be empty");
      return null;
    }
    if (value.length() > MAX_SECRET) {
      fields.reject(field, "must be at most " + MAX_SECRET + " characters");
      return null;
    }
    return new PlainSecret(value);
  }

  private static ServerDialect dialect(RequestFields fields, String value, boolean creating) {
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("auto")) {
      return ServerDialect.AUTO;
    }
    Optional<PanelDialect> dialect = ServerDialect.fromWireName(value);
    if (dialect.isEmpty() || (creating && dialect.get() == PanelDialect.DEMO)) {
      fields.reject("dialect", "must be auto, classic or clients-api");
      return ServerDialect.AUTO;
    }
    return ServerDialect.pinnedTo(dialect.get());
  }
}
