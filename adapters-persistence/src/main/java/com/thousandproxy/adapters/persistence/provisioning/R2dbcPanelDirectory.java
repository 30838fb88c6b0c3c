package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.domain.server.ServerId;
import io.r2dbc.spi.Readable;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Panel connections read from the servers table, the stored password and API token opened with the
 * given function (the admin side's secret cipher). Demo servers ({@code dialect = 'demo'}) get a
 * connection pinned to the demo panel and no secret: theirs are placeholders. Other dialects are
 * left to the gateway's detection.
 */
public final class R2dbcPanelDirectory implements PanelDirectory {

  private final DatabaseClient db;
  private final UnaryOperator<String> openSecret;

  public R2dbcPanelDirectory(DatabaseClient db, UnaryOperator<String> openSecret) {
    this.db = db;
    this.openSecret = openSecret;
  }

  @Override
  public Mono<PanelConnection> connection(ServerId serverId) {
    return db.sql(
            "SELECT panel_url, username, password_encrypted, api_token_encrypted, tls_verify,"
                + " dialect FROM servers WHERE id = :id")
        .bind("id", serverId.value())
        .map(this::connection)
        .one();
  }

  private PanelConnection connection(Readable row) {
    URI url = URI.create(row.get("panel_url", String.class));
    String username = row.get("username", String.class);
    Boolean tlsVerify = row.get("tls_verify", Boolean.class);
    if ("demo".equalsIgnoreCase(row.get("dialect", String.class))) {
      return new PanelConnection(
          url, username.isEmpty() ? "demo" : username, "", null, false, PanelDialect.DEMO);
    }
    String token = row.get("api_token_encrypted", String.class);
    return new PanelConnection(
        url,
        username,
        openSecret.apply(row.get("password_encrypted", String.class)),
        token == null || token.isEmpty() ? null : openSecret.apply(token),
        tlsVerify == null || tlsVerify,
        null);
  }
}
