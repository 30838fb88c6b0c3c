package com.thousandproxy.adapters.persistence.catalogadmin;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.DuplicateLabelException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.StillReferencedException;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import java.time.Instant;
import java.time.LocalDateTime;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Categories in {@code server_categories} and brands in {@code server_brands} (same columns). The
 * unique slug index settles duplicates; foreign keys from servers and plans refuse a delete in use.
 */
public final class R2dbcCatalogLabelRepository implements CatalogLabelRepository {

  private final DatabaseClient db;

  public R2dbcCatalogLabelRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<CatalogLabel> add(LabelKind kind, String name, String slug, Instant at) {
    return db.sql(
            "INSERT INTO "
                + table(kind)
                + " (name, slug, sort_order, created_at, updated_at)"
                + " VALUES (:name, :slug, 0, :now, :now)")
        .bind("name", name)
        .bind("slug", slug)
        .bind("now", utc(at))
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> new CatalogLabel(row.get("id", Long.class), kind, name, slug))
        .one()
        .onErrorMap(
            DataIntegrityViolationException.class, e -> new DuplicateLabelException(kind, slug));
  }

  @Override
  public Mono<CatalogLabel> rename(LabelKind kind, long id, String name, String slug, Instant at) {
    return db.sql(
            "UPDATE "
                + table(kind)
                + " SET name = :name, slug = :slug, updated_at = :now WHERE id = :id")
        .bind("name", name)
        .bind("slug", slug)
        .bind("now", utc(at))
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .onErrorMap(
            DataIntegrityViolationException.class, e -> new DuplicateLabelException(kind, slug))
        .flatMap(rows -> rows > 0 ? find(kind, id) : Mono.empty());
  }

  @Override
  public Mono<Boolean> delete(LabelKind kind, long id) {
    return db.sql("DELETE FROM " + table(kind) + " WHERE id = :id")
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .map(rows -> rows > 0)
        .onErrorMap(
            DataIntegrityViolationException.class,
            e -> new StillReferencedException(kind.label() + " " + id));
  }

  @Override
  public Flux<CatalogLabel> findAll(LabelKind kind) {
    return db.sql("SELECT id, name, slug FROM " + table(kind) + " ORDER BY sort_order, name, id")
        .map(row -> label(kind, row.get("id", Long.class), row))
        .all();
  }

  @Override
  public Mono<Boolean> exists(LabelKind kind, long id) {
    return db.sql("SELECT COUNT(*) AS n FROM " + table(kind) + " WHERE id = :id")
        .bind("id", id)
        .map(row -> row.get("n", Long.class))
        .one()
        .map(count -> count > 0);
  }

  private Mono<CatalogLabel> find(LabelKind kind, long id) {
    return db.sql("SELECT id, name, slug FROM " + table(kind) + " WHERE id = :id")
        .bind("id", id)
        .map(row -> label(kind, id, row))
        .one();
  }

  private static CatalogLabel label(LabelKind kind, long id, io.r2dbc.spi.Readable row) {
    return new CatalogLabel(id, kind, row.get("name", String.class), row.get("slug", String.class));
  }

  private static String table(LabelKind kind) {
    return kind == LabelKind.CATEGORY ? "server_categories" : "server_brands";
  }

  private static LocalDateTime utc(Instant at) {
    return UtcConverters.InstantToLocalDateTime.INSTANCE.convert(at);
  }
}
