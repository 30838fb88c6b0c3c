package com.thousandproxy.application.server.service;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.NewServer;
import com.thousandproxy.application.server.PlainSecret;
import com.thousandproxy.application.server.SealedCredentials;
import com.thousandproxy.application.server.ServerCommand;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerNotFoundException;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.server.port.in.BrowseServersUseCase;
import com.thousandproxy.application.server.port.in.DeleteServerUseCase;
import com.thousandproxy.application.server.port.in.RegisterServerUseCase;
import com.thousandproxy.application.server.port.in.UpdateServerUseCase;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.server.ServerId;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registers, changes, lists and deletes servers. Category and brand must exist; a panel needs a
 * password or an API token, and a login name unless it has a token. Secrets are sealed here and
 * never leave sealed.
 */
public final class ServerAdministrationService
    implements RegisterServerUseCase,
        UpdateServerUseCase,
        DeleteServerUseCase,
        BrowseServersUseCase {

  private final ServerRepository servers;
  private final InboundRepository inbounds;
  private final LabelChecks labels;
  private final SecretCipher cipher;
  private final Transactions transactions;
  private final CatalogChanges changes;
  private final Clock clock;

  public ServerAdministrationService(
      ServerRepository servers,
      InboundRepository inbounds,
      CatalogLabelRepository labels,
      SecretCipher cipher,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    this.servers = servers;
    this.inbounds = inbounds;
    this.labels = new LabelChecks(labels);
    this.cipher = cipher;
    this.transactions = transactions;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Mono<StoredServer> register(ServerCommand command) {
    return validate(command, null)
        .then(
            Mono.fromCallable(
                () ->
                    new NewServer(
                        command.settings(),
                        command.dialect(),
                        new SealedCredentials(
                            cipher.seal(valueOrEmpty(command.password())),
                            sealedToken(command.apiToken(), null)),
                        clock.instant())))
        .flatMap(servers::add)
        .flatMap(id -> changed(command.actor(), "server.created", id, command))
        .flatMap(this::server);
  }

  @Override
  public Mono<StoredServer> update(ServerId id, ServerCommand command) {
    return server(id)
        .flatMap(
            existing ->
                validate(command, existing)
                    .then(Mono.fromCallable(() -> credentialsAfter(existing, command)))
                    .flatMap(
                        credentials ->
                            servers.update(
                                id,
                                command.settings(),
                                dialectAfter(existing, command),
                                credentials,
                                clock.instant())))
        .flatMap(updated -> changed(command.actor(), "server.updated", id, command))
        .flatMap(this::server);
  }

  @Override
  public Mono<Void> delete(ServerId id, AdminActor actor) {
    return transactions
        .inTransaction(() -> servers.delete(id))
        .flatMap(
            deleted ->
                deleted
                    ? changes.changed(actor, "server.deleted", "SERVER", id.value(), Map.of())
                    : Mono.error(new ServerNotFoundException(id)));
  }

  @Override
  public Mono<Page<StoredServer>> servers(PageRequest page) {
    return servers.page(page);
  }

  @Override
  public Mono<StoredServer> server(ServerId id) {
    return servers.findById(id).switchIfEmpty(Mono.error(() -> new ServerNotFoundException(id)));
  }

  @Override
  public Flux<StoredInbound> inbounds(ServerId id) {
    return server(id).flatMapMany(server -> inbounds.findByServer(id));
  }

  private Mono<Void> validate(ServerCommand command, StoredServer existing) {
    var errors = new InvalidReferencesException.Collector();
    boolean hasToken =
        command.apiToken() != null
            ? !command.apiToken().isEmpty()
            : existing != null && existing.credentials().hasApiToken();
    if (existing == null && command.password() == null && !hasToken) {
      errors.reject("password", "is required unless an API token is given");
    }
    if (command.dialect().isDemo() && (existing == null || !existing.dialect().isDemo())) {
      errors.reject("dialect", "must be auto, classic or clients-api");
    }
    if (command.settings().username().isEmpty() && !hasToken) {
      errors.reject("username", "is required unless an API token is given");
    }
    return labels
        .check(errors, LabelKind.CATEGORY, command.settings().categoryId().value())
        .then(labels.check(errors, LabelKind.BRAND, command.settings().brandId().value()))
        .then(Mono.fromRunnable(errors::throwIfAny));
  }

  private SealedCredentials credentialsAfter(StoredServer existing, ServerCommand command) {
    SealedCredentials old = existing.credentials();
    String password =
        command.password() == null ? old.password() : cipher.seal(command.password().value());
    return new SealedCredentials(password, sealedToken(command.apiToken(), old.apiToken()));
  }

  /** A null token keeps what was stored, an empty one removes it. */
  private String sealedToken(PlainSecret token, String stored) {
    if (token == null) {
      return stored;
    }
    return token.isEmpty() ? null : cipher.seal(token.value());
  }

  private static ServerDialect dialectAfter(StoredServer existing, ServerCommand command) {
    if (command.dialect().pinned()) {
      return command.dialect();
    }
    ServerDialect old = existing.dialect();
    if (old.isDemo()) {
      return old;
    }
    if (!existing.settings().panelUrl().equals(command.settings().panelUrl())) {
      return ServerDialect.AUTO;
    }
    return old.known().map(ServerDialect::detected).orElse(ServerDialect.AUTO);
  }

  private Mono<ServerId> changed(AdminActor actor, String action, ServerId id, ServerCommand c) {
    return changes
        .changed(actor, action, "SERVER", id.value(), Map.of("name", c.settings().name()))
        .thenReturn(id);
  }

  private static String valueOrEmpty(PlainSecret secret) {
    return secret == null ? "" : secret.value();
  }
}
