package com.thousandproxy.application.server.port.in;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.LabelKind;
import java.util.List;
import reactor.core.publisher.Mono;

/** Admins create, rename, delete and list server categories and brands. */
public interface ManageCatalogLabelsUseCase {

  Mono<CatalogLabel> create(LabelKind kind, String name, AdminActor actor);

  Mono<CatalogLabel> rename(LabelKind kind, long id, String name, AdminActor actor);

  Mono<Void> delete(LabelKind kind, long id, AdminActor actor);

  Mono<List<CatalogLabel>> list(LabelKind kind);
}
