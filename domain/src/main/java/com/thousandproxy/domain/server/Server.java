package com.thousandproxy.domain.server;

import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.shared.Checks;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * One 3x-ui panel we place clients on: reached at its panel URL with stored credentials, seen by
 * customers at its public host; it takes new clients only while active and below its capacity.
 *
 * @param panelUrl the panel's address including its web base path, e.g. {@code
 *     https://panel.example.com:2053/secret/}
 * @param capacity how many clients it may hold at most; zero takes no new clients
 */
public record Server(
    ServerId id,
    String name,
    URI panelUrl,
    CredentialsRef credentials,
    String publicHost,
    Location location,
    CategoryId categoryId,
    BrandId brandId,
    int capacity,
    boolean active) {

  public static final int MAX_CAPACITY = 100_000;

  public Server {
    Objects.requireNonNull(id, "id");
    name = Checks.requireNonBlank(name, "name");
    panelUrl = requireHttpUrl(panelUrl);
    Objects.requireNonNull(credentials, "credentials");
    publicHost = Checks.requireNonBlank(publicHost, "publicHost").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(categoryId, "categoryId");
    Objects.requireNonNull(brandId, "brandId");
    Checks.requireWithin(capacity, 0, MAX_CAPACITY, "capacity");
  }

  /** Whether one more client may be placed here, given how many it already holds. */
  public boolean hasRoomFor(int currentClients) {
    if (currentClients < 0) {
      throw new IllegalArgumentException("currentClients must not be negative");
    }
    return active && currentClients < capacity;
  }

  public Server activate() {
    return withActive(true);
  }

  public Server deactivate() {
    return withActive(false);
  }

  private Server withActive(boolean newActive) {
    return new Server(
        id,
        name,
        panelUrl,
        credentials,
        publicHost,
        location,
        categoryId,
        brandId,
        capacity,
        newActive);
  }

  private static URI requireHttpUrl(URI url) {
    Objects.requireNonNull(url, "panelUrl");
    String scheme = url.getScheme();
    boolean http = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
    if (!http || url.getHost() == null) {
      throw new IllegalArgumentException("panelUrl must be an absolute http(s) URL: " + url);
    }
    return url;
  }
}
