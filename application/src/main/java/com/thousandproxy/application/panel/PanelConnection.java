package com.thousandproxy.application.panel;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach and authenticate to one panel: its URL including the web base path, the admin login,
 * an optional API bearer token (3x-ui v3+, preferred when set), whether to verify its TLS
 * certificate, and optionally a pinned dialect that skips detection. {@link #toString()} never
 * shows the secrets.
 */
public record PanelConnection(
    URI baseUrl,
    String username,
    String password,
    String apiToken,
    boolean tlsVerify,
    PanelDialect pinnedDialect) {

  public PanelConnection {
    Objects.requireNonNull(baseUrl, "baseUrl");
    String scheme = baseUrl.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("panel URL must be http(s): " + baseUrl);
    }
    if (baseUrl.getRawUserInfo() != null || baseUrl.getRawQuery() != null) {
      throw new IllegalArgumentException("panel URL must not carry credentials or a query");
    }
    String text = baseUrl.toString();
    baseUrl = URI.create(text.endsWith("/") ? text : text + "/");
    username = Objects.requireNonNullElse(username, "");
    password = Objects.requireNonNullElse(password, "");
    apiToken = apiToken == null || apiToken.isBlank() ? null : apiToken;
    if (apiToken == null && username.isEmpty()) {
      throw new IllegalArgumentException("a panel needs a username or an API token");
    }
  }

  public static PanelConnection withLogin(String baseUrl, String username, String password) {
    return new PanelConnection(URI.create(baseUrl), username, password, null, true, null);
  }

  public PanelConnection withApiToken(String token) {
    return new PanelConnection(baseUrl, username, password, token, tlsVerify, pinnedDialect);
  }

  public PanelConnection withTlsVerify(boolean verify) {
    return new PanelConnection(baseUrl, username, password, apiToken, verify, pinnedDialect);
  }

  public PanelConnection pinnedTo(PanelDialect dialect) {
    return new PanelConnection(baseUrl, username, password, apiToken, tlsVerify, dialect);
  }

  public Optional<String> token() {
    return Optional.ofNullable(apiToken);
  }

  public Optional<PanelDialect> pinned() {
    return Optional.ofNullable(pinnedDialect);
  }

  /** Identifies the panel and the account on it: what sessions and breakers are kept per. */
  public String key() {
    return baseUrl + "|" + username;
  }

  @Override
  public String toString() {
    return "PanelConnection["
        + baseUrl
        + ", user="
        + username
        + ", token="
        + (apiToken != null)
        + ", tlsVerify="
        + tlsVerify
        + ", dialect="
        + pinnedDialect
        + "]";
  }
}
