package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.PlanQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.catalog.PlanSortField;
import com.thousandproxy.application.shared.SortDirection;
import com.thousandproxy.domain.catalog.Protocol;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanFilterTest {

  @Test
  void withoutFiltersOnlyActivePlansAreSelectedCheapestFirst() {
    PlanFilter filter = PlanFilter.of(aQuery().build());

    assertThat(filter.where()).isEqualTo("p.is_active = TRUE");
    assertThat(filter.binds()).isEmpty();
    assertThat(filter.orderBy()).isEqualTo("p.price ASC, p.id ASC");
  }

  @Test
  void everyFilterIsABoundParameterNeverText() {
    PlanFilter filter =
        PlanFilter.of(
            aQuery()
                .inCategory(1)
                .ofBrand(2)
                .in(" de' OR 1=1 -- ")
                .speaking(Protocol.VMESS)
                .pricedBetween("1.5", "9.99")
                .build());

    assertThat(filter.where())
        .contains(
            "p.category_id = :categoryId",
            "p.brand_id = :brandId",
            "p.protocol = :protocol",
            "p.price >= :minPrice",
            "p.price <= :maxPrice",
            "s.location = :location")
        .doesNotContain("OR 1=1");
    assertThat(filter.binds())
        .containsEntry("categoryId", 1L)
        .containsEntry("brandId", 2L)
        .containsEntry("protocol", "vmess")
        .containsEntry("minPrice", new BigDecimal("1.5"))
        .containsEntry("maxPrice", new BigDecimal("9.99"))
        .containsEntry("location", "DE' OR 1=1 --");
  }

  @Test
  void theLocationFilterLooksAtActiveServersBehindEnabledPoolInbounds() {
    assertThat(PlanFilter.of(aQuery().in("nl").build()).where())
        .contains("EXISTS (SELECT 1 FROM server_plan_inbounds spi")
        .contains("i.is_enabled = TRUE", "s.is_active = TRUE", "spi.server_plan_id = p.id");
  }

  @Test
  void eachSortFieldMapsToItsColumnWithTheIdAsTieBreaker() {
    assertThat(order(PlanSortField.NAME, SortDirection.DESC)).isEqualTo("p.name DESC, p.id DESC");
    assertThat(order(PlanSortField.DURATION_DAYS, SortDirection.ASC))
        .isEqualTo("p.duration_days ASC, p.id ASC");
    assertThat(order(PlanSortField.CREATED_AT, SortDirection.DESC))
        .isEqualTo("p.created_at DESC, p.id DESC");
  }

  @Test
  void byIdSelectsOnlyThatActivePlan() {
    PlanFilter filter = PlanFilter.byId(42);

    assertThat(filter.where()).isEqualTo("p.is_active = TRUE AND p.id = :id");
    assertThat(filter.binds()).containsEntry("id", 42L);
  }

  private static String order(PlanSortField field, SortDirection direction) {
    return PlanFilter.of(aQuery().sortedBy(field, direction).build()).orderBy();
  }
}
