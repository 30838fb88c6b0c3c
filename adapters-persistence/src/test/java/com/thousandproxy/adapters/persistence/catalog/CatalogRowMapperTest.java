package com.thousandproxy.adapters.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class CatalogRowMapperTest {

  private final CatalogRowMapper mapper = Mappers.getMapper(CatalogRowMapper.class);

  @Test
  void aPlanRowBecomesAViewWithMoneyProtocolCategoryBrandAndPool() {
    PlanView view =
        mapper.toView(row("12.9900", "USD", "vless"), new PlanPool(List.of("DE", "NL"), true));

    assertThat(view)
        .isEqualTo(
            new PlanView(
                7,
                "Pro",
                "fast",
                Money.of("12.99", "USD"),
                30,
                3,
                null,
                Protocol.VLESS,
                new CategoryView(1, "Streaming", "streaming"),
                new BrandView(2, "Acme", "acme"),
                List.of("DE", "NL"),
                true));
  }

  @Test
  void fourStoredDecimalsAreAcceptedWhenTheExtraOnesAreZero() {
    assertThat(mapper.money(new BigDecimal("1000.0000"), "JPY")).isEqualTo(Money.of("1000", "JPY"));
    assertThat(mapper.money(new BigDecimal("5.5000"), "EUR").toPlainString()).isEqualTo("5.50");
  }

  @Test
  void aPriceWithMoreDecimalsThanTheCurrencyHasIsRefusedNotRounded() {
    assertThatThrownBy(() -> mapper.money(new BigDecimal("9.9950"), "USD"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownProtocolInTheStoreIsAnError() {
    assertThatThrownBy(() -> mapper.toView(row("1.00", "USD", "wireguard"), PlanPool.EMPTY))
        .hasMessageContaining("wireguard");
  }

  private static PlanRow row(String price, String currency, String protocol) {
    return new PlanRow(
        7,
        "Pro",
        "fast",
        new BigDecimal(price),
        currency,
        30,
        3,
        null,
        protocol,
        1,
        "Streaming",
        "streaming",
        2,
        "Acme",
        "acme");
  }
}
