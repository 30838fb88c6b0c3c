package com.thousandproxy.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Reads the API envelope ({@code success, message, data, errors}) of an answer in a test. */
public final class Envelope {

  private Envelope() {}

  /** The {@code data} of an answer that must have this status. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> data(WebTestClient.ResponseSpec response, HttpStatus status) {
    Map<String, Object> body =
        response
            .expectStatus()
            .isEqualTo(status)
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return (Map<String, Object>) body.get("data");
  }
}
