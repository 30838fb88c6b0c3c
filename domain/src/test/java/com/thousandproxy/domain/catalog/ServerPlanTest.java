package com.thousandproxy.domain.catalog;

import static com.thousandproxy.domain.catalog.PlanTestData.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.server.InboundId;
import java.time.Duration;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerPlanTest {

  @Test
  void anActivePlanWithInboundsCanBeBought() {
    assertThat(aPlan().build().isPurchasable()).isTrue();
  }

  @Test
  void anInactivePlanCannotBeBought() {
    assertThat(aPlan().inactive().build().isPurchasable()).isFalse();
  }

  @Test
  void aPlanWithAnEmptyInboundPoolCannotBeBought() {
    assertThat(aPlan().withInboundPool().build().isPurchasable()).isFalse();
  }

  @Test
  void activatingAndDeactivatingChangeOnlyTheFlag() {
    ServerPlan plan = aPlan().build();

    ServerPlan off = plan.deactivate();

    assertThat(off.active()).isFalse();
    assertThat(off.activate()).isEqualTo(plan);
  }

  @Test
  void theDurationIsWholeDays() {
    assertThat(aPlan().withDurationDays(30).build().duration()).isEqualTo(Duration.ofDays(30));
  }

  @ParameterizedTest(name = "price {0} is refused")
  @ValueSource(strings = {"0", "-1"})
  void aPlanMustCostSomething(String price) {
    assertThatThrownBy(() -> aPlan().withPrice(price, "USD").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} days is refused")
  @ValueSource(ints = {0, -1, ServerPlan.MAX_DURATION_DAYS + 1})
  void theDurationMustBeAtLeastADayAndAtMostTenYears(int days) {
    assertThatThrownBy(() -> aPlan().withDurationDays(days).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("durationDays");
  }

  @ParameterizedTest(name = "{0} connections is refused")
  @ValueSource(ints = {0, ServerPlan.MAX_CONNECTIONS + 1})
  void theConnectionLimitMustBeSensible(int connections) {
    assertThatThrownBy(() -> aPlan().withMaxConnections(connections).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxConnections");
  }

  @Test
  void theInboundPoolIsCopiedSoTheCallerCannotChangeIt() {
    var pool = new HashSet<InboundId>();
    pool.add(new InboundId(1));
    ServerPlan plan = aPlan().withInboundPool(pool).build();

    pool.add(new InboundId(2));

    assertThat(plan.inboundPool()).containsExactly(new InboundId(1));
  }

  @Test
  void aMissingDescriptionIsEmptyAndTextIsStripped() {
    ServerPlan plan = aPlan().withName("  Germany  ").withDescription(null).build();

    assertThat(plan.name()).isEqualTo("Germany");
    assertThat(plan.description()).isEmpty();
  }

  @Test
  void aBlankNameIsRefused() {
    assertThatThrownBy(() -> aPlan().withName(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }
}
