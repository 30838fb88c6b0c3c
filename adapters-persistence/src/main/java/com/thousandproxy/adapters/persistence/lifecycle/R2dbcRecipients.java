package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.application.notification.port.out.Recipients;
import com.thousandproxy.domain.user.UserId;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/** A customer's e-mail address from the users table. */
public final class R2dbcRecipients implements Recipients {

  private final DatabaseClient db;

  public R2dbcRecipients(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Mono<String> emailOf(UserId userId) {
    return db.sql("SELECT email FROM users WHERE id = :id")
        .bind("id", userId.value())
        .map(row -> row.get("email", String.class))
        .one();
  }
}
