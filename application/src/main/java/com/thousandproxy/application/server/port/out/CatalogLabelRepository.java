package com.thousandproxy.application.server.port.out;

import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.LabelKind;
import java.time.Instant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes server categories and brands. A slug taken by another label of the same kind signals
 * {@link com.thousandproxy.application.server.DuplicateLabelException}; deleting one that servers
 * or plans use signals {@link com.thousandproxy.application.server.StillReferencedException}.
 */
public interface CatalogLabelRepository {

  Mono<CatalogLabel> add(LabelKind kind, String name, String slug, Instant at);

  /** The renamed label, or empty when there is none with this id. */
  Mono<CatalogLabel> rename(LabelKind kind, long id, String name, String slug, Instant at);

  /** False when there was none with this id. */
  Mono<Boolean> delete(LabelKind kind, long id);

  /** In display order. */
  Flux<CatalogLabel> findAll(LabelKind kind);

  Mono<Boolean> exists(LabelKind kind, long id);
}
