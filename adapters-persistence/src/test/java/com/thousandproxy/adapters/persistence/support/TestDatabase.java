package com.thousandproxy.adapters.persistence.support;

import io.r2dbc.spi.ConnectionFactory;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.r2dbc.core.DatabaseClient;

/** A throw-away database with the whole changelog applied, reachable over JDBC and R2DBC. */
public interface TestDatabase extends AutoCloseable {

  String CHANGELOG = "classpath:/db/changelog/db.changelog-master.yaml";

  ConnectionFactory connectionFactory();

  DataSource dataSource();

  default DatabaseClient client() {
    return DatabaseClient.create(connectionFactory());
  }

  /** Drops the database; never throws a checked exception. */
  @Override
  void close();

  /** Applies the changelog the way Spring Boot does, with the given contexts (e.g. "main,demo"). */
  static void migrate(DataSource dataSource, String contexts) {
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
