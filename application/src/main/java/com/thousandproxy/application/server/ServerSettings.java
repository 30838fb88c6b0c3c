package com.thousandproxy.application.server;

import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.server.Location;
import com.thousandproxy.domain.server.Server;
import com.thousandproxy.domain.shared.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * What an admin sets on a server apart from its secrets and dialect: where its panel is and who
 * logs in, where customers connect, how it is classified and how many clients it takes.
 *
 * @param panelUrl the panel's address with its web base path, always ending in {@code /}
 * @param username the panel login; empty when only an API token is used
 * @param capacity most clients it holds; 0 takes no new ones
 */
public record ServerSettings(
    String name,
    URI panelUrl,
    String username,
    boolean tlsVerify,
    String publicHost,
    Location location,
    CategoryId categoryId,
    BrandId brandId,
    int capacity,
    boolean active) {

  public ServerSettings {
    name = Checks.requireNonBlank(name, "name");
    Objects.requireNonNull(panelUrl, "panelUrl");
    String url = panelUrl.toString();
    panelUrl = URI.create(url.endsWith("/") ? url : url + "/");
    username = username == null ? "" : username.strip();
    publicHost = Checks.requireNonBlank(publicHost, "publicHost").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(categoryId, "categoryId");
    Objects.requireNonNull(brandId, "brandId");
    Checks.requireWithin(capacity, 0, Server.MAX_CAPACITY, "capacity");
  }
}
