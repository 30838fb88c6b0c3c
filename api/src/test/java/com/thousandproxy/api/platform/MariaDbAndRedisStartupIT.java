package com.thousandproxy.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.FreshMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The production configuration (no profile) against the real MariaDB and Redis. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class MariaDbAndRedisStartupIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    FreshMariaDb.register(registry);
  }

  @Autowired WebTestClient http;

  @Test
  void theSchemaIsAppliedAtStartWithoutDemoData() throws Exception {
    try (Connection connection = FreshMariaDb.connect();
        Statement statement = connection.createStatement()) {
      ResultSet changes = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG");
      changes.next();
      assertThat(changes.getInt(1)).isPositive();
      ResultSet plans = statement.executeQuery("SELECT COUNT(*) FROM server_plans");
      plans.next();
      assertThat(plans.getInt(1)).as("no demo data outside the demo profile").isZero();
    }
  }

  @Test
  void readinessIncludesTheDatabaseAndRedisAndIsUp() {
    http.get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP");
  }

  @Test
  void theCatalogIsServedFromMariaDbThroughTheRedisCache() {
    for (int i = 0; i < 2; i++) {
      http.get()
          .uri("/api/v1/server-plans")
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.success")
          .isEqualTo(true)
          .jsonPath("$.data.total")
          .isEqualTo(0);
    }
  }
}
