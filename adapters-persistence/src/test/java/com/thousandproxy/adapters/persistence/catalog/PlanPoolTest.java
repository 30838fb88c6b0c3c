package com.thousandproxy.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanPoolTest {

  @Test
  void locationsAreDistinctAndSortedPerPlan() {
    Map<Long, PlanPool> pools =
        PlanPool.byPlan(
            List.of(
                new PoolServerRow(1, 10, "NL", 5, 5),
                new PoolServerRow(1, 11, "DE", 5, 5),
                new PoolServerRow(1, 10, "NL", 5, 5),
                new PoolServerRow(2, 12, "US", 1, 0)));

    assertThat(pools.get(1L).locations()).containsExactly("DE", "NL");
    assertThat(pools.get(2L).locations()).containsExactly("US");
  }

  @Test
  void aPlanIsAvailableWhenOneServerHasFewerClientsThanItsCapacity() {
    Map<Long, PlanPool> pools =
        PlanPool.byPlan(
            List.of(
                new PoolServerRow(1, 10, "NL", 5, 5),
                new PoolServerRow(1, 11, "DE", 5, 4),
                new PoolServerRow(2, 10, "NL", 5, 5),
                new PoolServerRow(3, 13, "FR", 0, 0)));

    assertThat(pools.get(1L).available()).isTrue();
    assertThat(pools.get(2L).available()).as("full").isFalse();
    assertThat(pools.get(3L).available()).as("no capacity at all").isFalse();
  }

  @Test
  void aPlanWithoutPoolServersIsNeitherLocatedNorAvailable() {
    assertThat(PlanPool.byPlan(List.of())).isEmpty();
    assertThat(PlanPool.EMPTY.locations()).isEmpty();
    assertThat(PlanPool.EMPTY.available()).isFalse();
  }
}
