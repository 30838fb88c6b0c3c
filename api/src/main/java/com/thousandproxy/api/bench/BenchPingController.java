package com.thousandproxy.api.bench;

import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * BENCH ONLY ({@code app.bench.enabled=true}, off by default): the bare WebFlux endpoint the
 * benchmarks measure the app's own HTTP ceiling with. It answers a fixed body of the asked size (at
 * most 64 KiB) from memory, with no database, cache or JSON, through the same filters as every
 * other route outside {@code /api}.
 */
@RestController
@ConditionalOnBooleanProperty("app.bench.enabled")
public class BenchPingController {

  private static final int MAX_BYTES = 64 * 1024;
  private static final byte[] BODY = filled();

  @GetMapping(value = "/bench/ping", produces = MediaType.TEXT_PLAIN_VALUE)
  public Mono<byte[]> ping(@RequestParam(defaultValue = "2") int bytes) {
    return Mono.just(Arrays.copyOf(BODY, Math.max(0, Math.min(bytes, MAX_BYTES))));
  }

  private static byte[] filled() {
    byte[] body = new byte[MAX_BYTES];
    Arrays.fill(body, (byte) 'x');
    return body;
  }
}
