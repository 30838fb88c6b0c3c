package com.thousandproxy.adapters.persistence.lifecycle;

import com.thousandproxy.application.lifecycle.port.out.StuckOrders;
import com.thousandproxy.domain.ordering.OrderId;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * Finds undelivered orders through their provision job's dedup key ({@code provision-order:<id>}).
 */
public final class R2dbcStuckOrders implements StuckOrders {

  private final DatabaseClient db;

  public R2dbcStuckOrders(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public Flux<OrderId> withDeadProvisioning() {
    return db.sql(
            "SELECT o.id FROM orders o JOIN jobs j"
                + " ON j.dedup_key = CONCAT('provision-order:', o.id)"
                + " WHERE o.status IN ('PAID', 'PROVISIONING') AND j.status = 'DEAD'"
                + " ORDER BY o.id LIMIT 100")
        .map(row -> new OrderId(row.get("id", Long.class)))
        .all();
  }
}
