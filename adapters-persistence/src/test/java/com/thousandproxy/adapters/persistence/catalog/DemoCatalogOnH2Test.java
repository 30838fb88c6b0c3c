package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.PlanQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.support.H2TestDatabase;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.domain.catalog.Protocol;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Guards the embedded default: the whole changelog with demo data on H2, read through R2DBC. */
class DemoCatalogOnH2Test {

  private static H2TestDatabase database;
  private static R2dbcCatalogReader reader;

  @BeforeAll
  static void migrateWithDemoData() {
    database = H2TestDatabase.create("main,demo");
    reader = new R2dbcCatalogReader(database.client());
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void demoCatalogHasCategoriesAndBrands() {
    assertThat(reader.categories().collectList().block())
        .extracting(CategoryView::slug)
        .containsExactly("streaming", "gaming", "privacy");
    assertThat(reader.brands().collectList().block()).hasSize(2);
  }

  @Test
  void demoPlansAreActiveAvailableAndCoverEveryProtocol() {
    Page<PlanView> page = reader.plans(aQuery().build()).block();

    assertThat(page.total()).isEqualTo(6);
    assertThat(page.items()).allMatch(PlanView::available);
    assertThat(page.items())
        .extracting(p -> p.price().currency().getCurrencyCode())
        .containsOnly("USD");
    assertThat(page.items().get(0).price().toPlainString()).isEqualTo("1.49");
    assertThat(EnumSet.copyOf(page.items().stream().map(PlanView::protocol).toList()))
        .isEqualTo(EnumSet.allOf(Protocol.class));
    assertThat(page.items()).flatExtracting(PlanView::locations).contains("DE", "NL");
  }

  @Test
  void demoPlansInGermanyIncludeTheTrojanGamingPlan() {
    Page<PlanView> page = reader.plans(aQuery().in("DE").speaking(Protocol.TROJAN).build()).block();

    assertThat(page.items())
        .singleElement()
        .satisfies(
            plan -> {
              assertThat(plan.name()).isEqualTo("Trojan Gaming 30 days");
              assertThat(plan.locations()).containsExactly("DE");
              assertThat(plan.bandwidthLimitGb()).isNull();
              assertThat(reader.plan(plan.id()).block()).isEqualTo(plan);
            });
  }
}
