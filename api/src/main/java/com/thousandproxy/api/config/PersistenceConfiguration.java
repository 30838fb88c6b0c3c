package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.support.UtcConverters;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.convert.R2dbcCustomConversions;
import org.springframework.data.r2dbc.dialect.DialectResolver;

/** Stores and reads every Instant as UTC whatever the JVM's zone (toolchain gotcha G6). */
@Configuration(proxyBeanMethods = false)
public class PersistenceConfiguration {

  @Bean
  R2dbcCustomConversions r2dbcCustomConversions(ConnectionFactory connectionFactory) {
    return R2dbcCustomConversions.of(
        DialectResolver.getDialect(connectionFactory), UtcConverters.all());
  }
}
