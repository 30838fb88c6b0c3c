package com.thousandproxy.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.ItDatabase;
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

  static final ItDatabase DATABASE = ItDatabase.create();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
  }

  @Autowired WebTestClient http;

  @Test
  void theSchemaIsAppliedAtStartWithoutDemoData() {
    assertThat(DATABASE.queryLong("SELECT COUNT(*) FROM DATABASECHANGELOG")).isPositive();
    assertThat(DATABASE.queryLong("SELECT COUNT(*) FROM server_plans"))
        .as("no demo data outside the demo profile")
        .isZero();
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
