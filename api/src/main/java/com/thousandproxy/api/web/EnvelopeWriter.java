package com.thousandproxy.api.web;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes an envelope straight to the response, for code that runs outside the controllers. */
public final class EnvelopeWriter {

  private final JsonMapper json;

  public EnvelopeWriter(JsonMapper json) {
    this.json = json;
  }

  public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, Object envelope) {
    ServerHttpResponse response = exchange.getResponse();
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    byte[] bytes = json.writeValueAsString(envelope).getBytes(StandardCharsets.UTF_8);
    DataBuffer buffer = response.bufferFactory().wrap(bytes);
    return response.writeWith(Mono.just(buffer));
  }
}
