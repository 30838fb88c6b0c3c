package com.thousandproxy.api.web;

import com.thousandproxy.api.support.DemoApplicationTest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@DemoApplicationTest
class ErrorEnvelopeTest {

  /** A JSON endpoint that exists only in this test, to exercise the framework's error paths. */
  @RestController
  static class ProbeController {
    record Probe(@NotBlank String name, @Min(1) int quantity) {}

    @PostMapping(path = "/probe/echo", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ApiResponse<Probe>> accept(@Valid @RequestBody Probe probe) {
      return Mono.just(ApiResponse.ok(probe));
    }
  }

  @TestConfiguration
  static class ProbeConfiguration {
    @Bean
    ProbeController probeController() {
      return new ProbeController();
    }
  }

  @Autowired WebTestClient http;

  @Test
  void aValidBodyPassesThroughTheProbe() {
    post("{\"name\":\"a\",\"quantity\":2}", MediaType.APPLICATION_JSON)
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(true);
  }

  @Test
  void malformedJsonIsABadRequestInTheEnvelope() {
    post("{\"name\": \"a\", \"quantity\": ", MediaType.APPLICATION_JSON)
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false)
        .jsonPath("$.message")
        .isEqualTo("The request body is not valid JSON")
        .jsonPath("$.errors")
        .doesNotExist();
  }

  @Test
  void aValidationFailureListsTheMessagesPerField() {
    post("{\"name\":\"\",\"quantity\":0}", MediaType.APPLICATION_JSON)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.name")
        .isArray()
        .jsonPath("$.errors.quantity")
        .isArray();
  }

  @Test
  void aWrongContentTypeIsUnsupportedMediaType() {
    post("name=a", MediaType.APPLICATION_FORM_URLENCODED)
        .expectStatus()
        .isEqualTo(415)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void anUnknownRouteIsNotFoundInTheEnvelope() {
    http.get()
        .uri("/no-such-route")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false)
        .jsonPath("$.message")
        .isEqualTo("Not found");
  }

  @Test
  void aWrongMethodIsMethodNotAllowed() {
    http.delete()
        .uri("/api/v1/server-plans")
        .exchange()
        .expectStatus()
        .isEqualTo(405)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void aBodyOverOneMegabyteIsTooLarge() {
    String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"quantity\":1}";
    post(big, MediaType.APPLICATION_JSON)
        .expectStatus()
        .isEqualTo(413)
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void aProtectedRouteWithoutCredentialsIsUnauthorizedInTheEnvelope() {
    http.get()
        .uri("/api/v1/orders")
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  private WebTestClient.ResponseSpec post(String body, MediaType type) {
    return http.post().uri("/probe/echo").contentType(type).bodyValue(body).exchange();
  }
}
