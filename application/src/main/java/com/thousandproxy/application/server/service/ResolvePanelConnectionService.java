package com.thousandproxy.application.server.service;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.server.ServerConnection;
import com.thousandproxy.application.server.ServerNotFoundException;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.server.port.in.ResolvePanelConnectionUseCase;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.domain.server.ServerId;
import reactor.core.publisher.Mono;

/**
 * Builds the connection to a server's panel: credentials opened with the {@link SecretCipher}, the
 * dialect pinned when known. Demo servers get a {@code DEMO} connection without secrets (their
 * stored credentials are placeholders).
 */
public final class ResolvePanelConnectionService implements ResolvePanelConnectionUseCase {

  private final ServerRepository servers;
  private final SecretCipher cipher;

  public ResolvePanelConnectionService(ServerRepository servers, SecretCipher cipher) {
    this.servers = servers;
    this.cipher = cipher;
  }

  @Override
  public Mono<ServerConnection> connectionTo(ServerId id) {
    return servers
        .findById(id)
        .switchIfEmpty(Mono.error(() -> new ServerNotFoundException(id)))
        .map(server -> new ServerConnection(server, connection(server, true)));
  }

  /**
   * The connection to the server's panel.
   *
   * @param rememberedDialect whether a detected (not pinned) dialect is pinned too; admin checks
   *     pass false so that the adapter detects it afresh
   */
  PanelConnection connection(StoredServer server, boolean rememberedDialect) {
    ServerSettings settings = server.settings();
    if (server.dialect().isDemo()) {
      String user = settings.username().isEmpty() ? "demo" : settings.username();
      return new PanelConnection(
          settings.panelUrl(), user, "", null, settings.tlsVerify(), server.dialect().dialect());
    }
    var credentials = server.credentials();
    String token = credentials.hasApiToken() ? cipher.open(credentials.apiToken()) : null;
    var connection =
        new PanelConnection(
            settings.panelUrl(),
            settings.username(),
            cipher.open(credentials.password()),
            token,
            settings.tlsVerify(),
            null);
    boolean pin = server.dialect().pinned() || rememberedDialect;
    return pin && server.dialect().dialect() != null
        ? connection.pinnedTo(server.dialect().dialect())
        : connection;
  }
}
