package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Wraps a connection factory and counts the SQL statements created through it (N+1 guard). */
public final class StatementCounter {

  private final AtomicInteger statements = new AtomicInteger();

  public int count() {
    return statements.get();
  }

  public void reset() {
    statements.set(0);
  }

  public ConnectionFactory wrap(ConnectionFactory factory) {
    return proxy(
        ConnectionFactory.class,
        factory,
        (method, result) ->
            method.getName().equals("create")
                ? Mono.from((Publisher<?>) result)
                    .map(connection -> counting((Connection) connection))
                : result);
  }

  private Connection counting(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, result) -> {
          if (method.getName().equals("createStatement")) {
            statements.incrementAndGet();
          }
          return result;
        });
  }

  private interface AfterCall {
    Object apply(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              try {
                return after.apply(method, method.invoke(target, args));
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
