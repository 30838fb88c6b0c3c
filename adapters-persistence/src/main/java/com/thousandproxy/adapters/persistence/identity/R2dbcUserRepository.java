package com.thousandproxy.adapters.persistence.identity;

import com.thousandproxy.application.identity.EmailAlreadyRegisteredException;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.NewUser;
import com.thousandproxy.domain.identity.PasswordHash;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.identity.User;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** Accounts in the {@code users} table; the unique e-mail index settles registration races. */
public final class R2dbcUserRepository implements UserRepository {

  private static final String COLUMNS =
      "SELECT id, email, password_hash, name, role, is_active, last_login_at, created_at,"
          + " updated_at FROM users";

  private final DatabaseClient db;

  public R2dbcUserRepository(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<User> add(NewUser user) {
    return db.sql(
            "INSERT INTO users (email, password_hash, name, role, is_active, created_at,"
                + " updated_at) VALUES (:email, :hash, :name, :role, TRUE, :now, :now)")
        .bind("email", user.email().value())
        .bind("hash", user.passwordHash().value())
        .bind("name", user.name())
        .bind("role", user.role().name())
        .bind("now", Rows.utc(user.createdAt()))
        .filter(statement -> statement.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class))
        .one()
        .onErrorMap(
            DataIntegrityViolationException.class, e -> new EmailAlreadyRegisteredException())
        .map(
            id ->
                new User(
                    new UserId(id),
                    user.email(),
                    user.passwordHash(),
                    user.name(),
                    user.role(),
                    true,
                    user.createdAt(),
                    user.createdAt(),
                    null));
  }

  @Override
  public Mono<User> findById(UserId id) {
    return db.sql(COLUMNS + " WHERE id = :id")
        .bind("id", id.value())
        .map(R2dbcUserRepository::user)
        .one();
  }

  @Override
  public Mono<User> findByEmail(EmailAddress email) {
    return db.sql(COLUMNS + " WHERE email = :email")
        .bind("email", email.value())
        .map(R2dbcUserRepository::user)
        .one();
  }

  @Override
  public Mono<User> update(User user) {
    return Rows.bindInstant(
            db.sql(
                    "UPDATE users SET role = :role, is_active = :active, last_login_at = :lastLogin,"
                        + " updated_at = :updated WHERE id = :id")
                .bind("role", user.role().name())
                .bind("active", user.active())
                .bind("updated", Rows.utc(user.updatedAt()))
                .bind("id", user.id().value()),
            "lastLogin",
            user.lastLoginAt())
        .fetch()
        .rowsUpdated()
        .thenReturn(user);
  }

  @Override
  public Mono<Boolean> existsWithRole(Role role) {
    return db.sql("SELECT COUNT(*) AS n FROM users WHERE role = :role")
        .bind("role", role.name())
        .map(row -> row.get("n", Long.class))
        .one()
        .map(count -> count > 0);
  }

  @Override
  public Mono<Page<User>> page(PageRequest page) {
    Mono<Long> total =
        db.sql("SELECT COUNT(*) AS n FROM users").map(row -> row.get("n", Long.class)).one();
    return db.sql(COLUMNS + " ORDER BY id LIMIT :limit OFFSET :offset")
        .bind("limit", page.size())
        .bind("offset", page.offset())
        .map(R2dbcUserRepository::user)
        .all()
        .collectList()
        .zipWith(total, (items, count) -> new Page<>(items, page.page(), page.size(), count));
  }

  private static User user(Readable row) {
    return new User(
        new UserId(row.get("id", Long.class)),
        new EmailAddress(row.get("email", String.class)),
        new PasswordHash(row.get("password_hash", String.class)),
        row.get("name", String.class),
        Role.valueOf(row.get("role", String.class)),
        Boolean.TRUE.equals(row.get("is_active", Boolean.class)),
        Rows.instant(row, "created_at"),
        Rows.instant(row, "updated_at"),
        Rows.instant(row, "last_login_at"));
  }
}
