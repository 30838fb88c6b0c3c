package com.thousandproxy.adapters.persistence.transaction;

import com.thousandproxy.application.shared.Transactions;
import java.util.function.Supplier;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The {@link Transactions} port on Spring's reactive transaction manager: the R2DBC connection of
 * the transaction travels in the Reactor context, so every {@code DatabaseClient} call made inside
 * the work joins it. Work started inside an open transaction joins that one (REQUIRED).
 */
public final class R2dbcTransactions implements Transactions {

  private final TransactionalOperator operator;

  public R2dbcTransactions(ReactiveTransactionManager transactionManager) {
    this.operator = TransactionalOperator.create(transactionManager);
  }

  @Override
  public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
    return operator.transactional(Mono.defer(work));
  }
}
