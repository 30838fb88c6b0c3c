package com.thousandproxy.application.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.server.CatalogLabel;
import com.thousandproxy.application.server.DuplicateLabelException;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.LabelKind;
import com.thousandproxy.application.server.LabelName;
import com.thousandproxy.application.server.LabelNotFoundException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ManageCatalogLabelsServiceTest {

  private final AdminWorld world = new AdminWorld();
  private final ManageCatalogLabelsService labels =
      new ManageCatalogLabelsService(world.labels, world.changes, world.clock);

  @Test
  void theSlugIsMadeFromTheName() {
    assertThat(LabelName.slugOf("  Netflix & Co. — Ünïcode!  ")).isEqualTo("netflix-co-unicode");
    assertThat(LabelName.slugOf("x".repeat(150))).hasSize(LabelName.MAX_LENGTH);
  }

  @Test
  void aCreatedCategoryIsAuditedAndEmptiesTheCatalogCache() {
    CatalogLabel label = labels.create(LabelKind.CATEGORY, " Streaming ", AdminWorld.ADMIN).block();

    assertThat(label.name()).isEqualTo("Streaming");
    assertThat(label.slug()).isEqualTo("streaming");
    assertThat(world.cache.invalidations).isEqualTo(1);
    assertThat(world.audit).extracting(e -> e.action()).containsExactly("category.created");
  }

  @Test
  void aRenameMovesTheSlugAndATakenSlugIsAConflict() {
    labels.create(LabelKind.BRAND, "Pro", AdminWorld.ADMIN).block();
    CatalogLabel basic = labels.create(LabelKind.BRAND, "Basic", AdminWorld.ADMIN).block();

    assertThat(
            labels
                .rename(LabelKind.BRAND, basic.id(), "Basic Plus", AdminWorld.ADMIN)
                .block()
                .slug())
        .isEqualTo("basic-plus");
    StepVerifier.create(labels.rename(LabelKind.BRAND, basic.id(), "PRO", AdminWorld.ADMIN))
        .expectError(DuplicateLabelException.class)
        .verify();
    StepVerifier.create(labels.create(LabelKind.CATEGORY, "Pro", AdminWorld.ADMIN))
        .expectNextCount(1)
        .verifyComplete();
  }

  @Test
  void aNameWithoutLettersOrDigitsIsAFieldError() {
    StepVerifier.create(labels.create(LabelKind.CATEGORY, "!!!", AdminWorld.ADMIN))
        .expectErrorSatisfies(
            e -> assertThat(((InvalidReferencesException) e).fieldErrors()).containsKey("name"))
        .verify();
  }

  @Test
  void anUnknownLabelIsNotFound() {
    StepVerifier.create(labels.rename(LabelKind.CATEGORY, 77, "X", AdminWorld.ADMIN))
        .expectError(LabelNotFoundException.class)
        .verify();
    StepVerifier.create(labels.delete(LabelKind.BRAND, 77, AdminWorld.ADMIN))
        .expectError(LabelNotFoundException.class)
        .verify();
  }
}
