package com.thousandproxy.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@DemoApplicationTest
class PlatformEndpointsTest {

  @Autowired WebTestClient http;

  @Test
  void healthLivenessAndReadinessAreUp() {
    for (String path :
        new String[] {
          "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"
        }) {
      http.get()
          .uri(path)
          .exchange()
          .expectStatus()
          .isOk()
          .expectBody()
          .jsonPath("$.status")
          .isEqualTo("UP");
    }
  }

  @Test
  void theOpenApiDocumentDescribesTheCatalog() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/v1/server-plans'].get")
        .exists()
        .jsonPath("$.paths['/api/v1/server-plans/{id}'].get")
        .exists()
        .jsonPath("$.paths['/api/v1/server-categories'].get")
        .exists()
        .jsonPath("$.paths['/api/v1/server-brands'].get")
        .exists();
  }

  @Test
  void prometheusMetricsAreExposed() {
    http.get()
        .uri("/actuator/prometheus")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(text -> assertThat(text).contains("jvm_memory_used_bytes"));
  }

  @Test
  void theRootServesTheSpaShell() {
    http.get()
        .uri("/")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("<div id=\"root\"></div>").contains("/assets/"));
  }

  @Test
  void aBrowserDeepLinkOpensTheSpaButAnApiClientGetsA404() {
    http.get()
        .uri("/orders/42")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(html -> assertThat(html).contains("<div id=\"root\"></div>"));
    http.get()
        .uri("/orders/42")
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }
}
