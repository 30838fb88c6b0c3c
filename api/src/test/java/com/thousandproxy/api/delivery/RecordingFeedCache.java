package com.thousandproxy.api.delivery;

import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.domain.client.ServerClientId;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** Records which clients' feeds were dropped; dropping them all is not expected here. */
final class RecordingFeedCache implements SubscriptionCache {

  final List<Long> invalidated = new ArrayList<>();

  @Override
  public Mono<Void> invalidateClient(ServerClientId id) {
    return Mono.fromRunnable(() -> invalidated.add(id.value()));
  }

  @Override
  public Mono<Void> invalidateAll() {
    return Mono.error(new AssertionError("only single clients' feeds are dropped here"));
  }
}
