package com.thousandproxy.application.server.service;

import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import reactor.core.publisher.Mono;

/** Checks that the category and brand a command names exist, as field errors. */
public final class LabelChecks {

  private final CatalogLabelRepository labels;

  public LabelChecks(CatalogLabelRepository labels) {
    this.labels = labels;
  }

  public Mono<Void> check(InvalidReferencesException.Collector errors, LabelKind kind, long id) {
    return labels
        .exists(kind, id)
        .doOnNext(
            exists -> {
              if (!exists) {
                errors.reject(kind.idField(), "no " + kind.label() + " has this id");
              }
            })
        .then();
  }
}
