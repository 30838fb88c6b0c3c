package com.thousandproxy.adapters.persistence.server;

import com.thousandproxy.application.server.NewServer;
import com.thousandproxy.application.server.SealedCredentials;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerSettings;
import com.thousandproxy.application.server.StillReferencedException;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.server.Location;
import com.thousandproxy.domain.server.ServerId;
import io.r2dbc.spi.Readable;
import java.net.URI;
import java.time.Instant;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Servers in the {@code servers} table. Credentials stay sealed here; the dialect is stored by its
 * wire name ({@code classic}, {@code clients-api}, {@code demo}) with a flag for an admin's pin.
 */
public final class R2dbcServerRepository implements ServerRepository {

  private static final String COLUMNS =
      "SELECT id, name, panel_url, username, password_encrypted, api_token_encrypted, tls_verify,"
          + " public_host, location, capacity, is_active, dialect, dialect_pinned, category_id,"
          + " brand_id, last_synced_at, last_health_at, created_at, updated_at FROM servers";

  private final DatabaseClient db;

  public R2dbcServerRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<ServerId> add(NewServer server) {
    GenericExecuteSpec insert =
        db.sql(
            "INSERT INTO servers (name, panel_url, username, password_encrypted,"
                + " api_token_encrypted, tls_verify, public_host, location, capacity, is_active,"
                + " dialect, dialect_pinned, category_id, brand_id, sort_order, created_at,"
                + " updated_at) VALUES (:name, :panelUrl, :username, :password, :token,"
                + " :tlsVerify, :publicHost, :location, :capacity, :active, :dialect, :pinned,"
                + " :categoryId, :brandId, 0, :now, :now)");
    return bindAll(insert, server.settings(), server.dialect(), server.credentials())
        .bind("now", ServerRows.utc(server.at()))
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> new ServerId(row.get("id", Long.class)))
        .one();
  }

  @Override
  public Mono<StoredServer> findById(ServerId id) {
    return db.sql(COLUMNS + " WHERE id = :id")
        .bind("id", id.value())
        .map(R2dbcServerRepository::server)
        .one();
  }

  @Override
  public Mono<Page<StoredServer>> page(PageRequest page) {
    Mono<Long> total =
        db.sql("SELECT COUNT(*) AS n FROM servers").map(row -> row.get("n", Long.class)).one();
    return db.sql(COLUMNS + " ORDER BY id LIMIT :limit OFFSET :offset")
        .bind("limit", page.size())
        .bind("offset", page.offset())
        .map(R2dbcServerRepository::server)
        .all()
        .collectList()
        .zipWith(total, (items, count) -> new Page<>(items, page.page(), page.size(), count));
  }

  @Override
  public Mono<Boolean> update(
      ServerId id,
      ServerSettings settings,
      ServerDialect dialect,
      SealedCredentials credentials,
      Instant at) {
    GenericExecuteSpec update =
        db.sql(
            "UPDATE servers SET name = :name, panel_url = :panelUrl, username = :username,"
                + " password_encrypted = :password, api_token_encrypted = :token,"
                + " tls_verify = :tlsVerify, public_host = :publicHost, location = :location,"
                + " capacity = :capacity, is_active = :active, dialect = :dialect,"
                + " dialect_pinned = :pinned, category_id = :categoryId, brand_id = :brandId,"
                + " updated_at = :now WHERE id = :id");
    return bindAll(update, settings, dialect, credentials)
        .bind("now", ServerRows.utc(at))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0);
  }

  @Override
  public Mono<Void> markSynced(ServerId id, ServerDialect dialect, Instant at) {
    return mark("last_synced_at", id, dialect, at);
  }

  @Override
  public Mono<Void> markChecked(ServerId id, ServerDialect dialect, Instant at) {
    return mark("last_health_at", id, dialect, at);
  }

  @Override
  public Mono<Boolean> delete(ServerId id) {
    return db.sql("DELETE FROM server_inbounds WHERE server_id = :id")
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .then(
            db.sql("DELETE FROM servers WHERE id = :id")
                .bind("id", id.value())
                .fetch()
                .rowsUpdated())
        .map(rows -> rows > 0)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> new StillReferencedException("server " + id.value()));
  }

  private Mono<Void> mark(String column, ServerId id, ServerDialect dialect, Instant at) {
    return bindDialect(
            db.sql(
                "UPDATE servers SET "
                    + column
                    + " = :at, dialect = :dialect, dialect_pinned = :pinned WHERE id = :id"),
            dialect)
        .bind("at", ServerRows.utc(at))
        .bind("id", id.value())
        .fetch()
        .rowsUpdated()
        .then();
  }

  private static GenericExecuteSpec bindAll(
      GenericExecuteSpec spec,
      ServerSettings settings,
      ServerDialect dialect,
      SealedCredentials credentials) {
    GenericExecuteSpec bound =
        spec.bind("name", settings.name())
            .bind("panelUrl", settings.panelUrl().toString())
            .bind("username", settings.username())
            .bind("password", credentials.password())
            .bind("tlsVerify", settings.tlsVerify())
            .bind("publicHost", settings.publicHost())
            .bind("location", settings.location().countryCode())
            .bind("capacity", settings.capacity())
            .bind("active", settings.active())
            .bind("categoryId", settings.categoryId().value())
            .bind("brandId", settings.brandId().value());
    bound = ServerRows.bindNullable(bound, "token", credentials.apiToken(), String.class);
    return bindDialect(bound, dialect);
  }

  private static GenericExecuteSpec bindDialect(GenericExecuteSpec spec, ServerDialect dialect) {
    String name = dialect.known().map(ServerDialect::wireName).orElse(null);
    return ServerRows.bindNullable(spec, "dialect", name, String.class)
        .bind("pinned", dialect.pinned());
  }

  private static StoredServer server(Readable row) {
    var dialect =
        ServerDialect.fromWireName(row.get("dialect", String.class))
            .map(
                known ->
                    Boolean.TRUE.equals(row.get("dialect_pinned", Boolean.class))
                        ? ServerDialect.pinnedTo(known)
                        : ServerDialect.detected(known))
            .orElse(ServerDialect.AUTO);
    var settings =
        new ServerSettings(
            row.get("name", String.class),
            URI.create(row.get("panel_url", String.class)),
            row.get("username", String.class),
            Boolean.TRUE.equals(row.get("tls_verify", Boolean.class)),
            row.get("public_host", String.class),
            Location.of(row.get("location", String.class)),
            new CategoryId(row.get("category_id", Long.class)),
            new BrandId(row.get("brand_id", Long.class)),
            row.get("capacity", Integer.class),
            Boolean.TRUE.equals(row.get("is_active", Boolean.class)));
    return new StoredServer(
        new ServerId(row.get("id", Long.class)),
        settings,
        dialect,
        new SealedCredentials(
            row.get("password_encrypted", String.class),
            row.get("api_token_encrypted", String.class)),
        ServerRows.instant(row, "last_synced_at"),
        ServerRows.instant(row, "last_health_at"),
        ServerRows.instant(row, "created_at"),
        ServerRows.instant(row, "updated_at"));
  }
}
