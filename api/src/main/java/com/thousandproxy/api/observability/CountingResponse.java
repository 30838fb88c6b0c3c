package com.thousandproxy.api.observability;

import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Counts the body bytes written through it; a single-buffer body stays a Mono for the server. */
final class CountingResponse extends ServerHttpResponseDecorator {

  private final AtomicLong bytes = new AtomicLong();

  CountingResponse(ServerHttpResponse delegate) {
    super(delegate);
  }

  long bytes() {
    return bytes.get();
  }

  @Override
  public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
    if (body instanceof Mono<? extends DataBuffer> single) {
      return super.writeWith(single.doOnNext(this::count));
    }
    return super.writeWith(Flux.from(body).doOnNext(this::count));
  }

  @Override
  public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
    return super.writeAndFlushWith(
        Flux.from(body).map(chunk -> Flux.from(chunk).doOnNext(this::count)));
  }

  private void count(DataBuffer buffer) {
    bytes.addAndGet(buffer.readableByteCount());
  }
}
