package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.ConnectionFactory;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.r2dbc.core.DatabaseClient;

/** A throw-away database with the whole changelog applied, reachable over JDBC and R2DBC. */
public abstract class TestDatabase implements AutoCloseable {

  static final String CHANGELOG = "classpath:/db/changelog/db.changelog-master.yaml";

  private final DataSource dataSource;
  private final ConnectionFactory connectionFactory;

  TestDatabase(DataSource dataSource, ConnectionFactory connectionFactory) {
    this.dataSource = dataSource;
    this.connectionFactory = connectionFactory;
  }

  public final ConnectionFactory connectionFactory() {
    return connectionFactory;
  }

  public final DataSource dataSource() {
    return dataSource;
  }

  public final DatabaseClient client() {
    return DatabaseClient.create(connectionFactory);
  }

  /** Drops the database. */
  @Override
  public abstract void close();

  /** Applies the changelog the way Spring Boot does, with the given contexts (e.g. "main,demo"). */
  final void migrate(String contexts) {
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(dataSource);
    liquibase.setChangeLog(CHANGELOG);
    liquibase.setContexts(contexts);
    liquibase.setResourceLoader(new DefaultResourceLoader());
    try {
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("changelog failed with contexts " + contexts, e);
    }
  }
}
