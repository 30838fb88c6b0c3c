package com.thousandproxy.application.server.service;

import com.thousandproxy.application.server.AdminActor;
import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.LabelName;
import com.thousandproxy.application.server.LabelNotFoundException;
import com.thousandproxy.application.server.port.in.ManageCatalogLabelsUseCase;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reactor.core.publisher.Mono;

/** Creates, renames and deletes categories and brands; the slug always follows the name. */
public final class ManageCatalogLabelsService implements ManageCatalogLabelsUseCase {

  private final CatalogLabelRepository labels;
  private final CatalogChanges changes;
  private final Clock clock;

  public ManageCatalogLabelsService(
      CatalogLabelRepository labels, CatalogChanges changes, Clock clock) {
    this.labels = labels;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Mono<CatalogLabel> create(LabelKind kind, String name, AdminActor actor) {
    return Mono.fromCallable(() -> slugOf(name))
        .flatMap(slug -> labels.add(kind, name.strip(), slug, clock.instant()))
        .flatMap(label -> changed(actor, "created", label));
  }

  @Override
  public Mono<CatalogLabel> rename(LabelKind kind, long id, String name, AdminActor actor) {
    return Mono.fromCallable(() -> slugOf(name))
        .flatMap(slug -> labels.rename(kind, id, name.strip(), slug, clock.instant()))
        .switchIfEmpty(Mono.error(() -> new LabelNotFoundException(kind, id)))
        .flatMap(label -> changed(actor, "updated", label));
  }

  @Override
  public Mono<Void> delete(LabelKind kind, long id, AdminActor actor) {
    return labels
        .delete(kind, id)
        .flatMap(
            deleted ->
                deleted
                    ? changes.changed(actor, action(kind, "deleted"), target(kind), id, Map.of())
                    : Mono.error(new LabelNotFoundException(kind, id)));
  }

  @Override
  public Mono<List<CatalogLabel>> list(LabelKind kind) {
    return labels.findAll(kind).collectList();
  }

  private static String slugOf(String name) {
    String slug = LabelName.slugOf(name);
    if (slug.isEmpty()) {
      new InvalidReferencesException.Collector()
          .reject("name", "must contain a letter or a digit")
          .throwIfAny();
    }
    return slug;
  }

  private Mono<CatalogLabel> changed(AdminActor actor, String verb, CatalogLabel label) {
    return changes
        .changed(
            actor,
            action(label.kind(), verb),
            target(label.kind()),
            label.id(),
            Map.of("name", label.name()))
        .thenReturn(label);
  }

  private static String action(LabelKind kind, String verb) {
    return kind.label() + "." + verb;
  }

  private static String target(LabelKind kind) {
    return kind.name().toUpperCase(Locale.ROOT);
  }
}
