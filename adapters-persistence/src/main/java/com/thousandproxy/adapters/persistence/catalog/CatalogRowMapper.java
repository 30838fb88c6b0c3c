package com.thousandproxy.adapters.persistence.catalog;

import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Turns catalog rows into the views the application reads. */
@Mapper
interface CatalogRowMapper {

  CategoryView toView(CategoryRow row);

  BrandView toView(BrandRow row);

  @Mapping(target = "price", expression = "java(money(row.price(), row.currency()))")
  @Mapping(target = "category", source = "row")
  @Mapping(target = "brand", source = "row")
  PlanView toView(PlanRow row, PlanPool pool);

  @Mapping(target = "id", source = "categoryId")
  @Mapping(target = "name", source = "categoryName")
  @Mapping(target = "slug", source = "categorySlug")
  CategoryView category(PlanRow row);

  @Mapping(target = "id", source = "brandId")
  @Mapping(target = "name", source = "brandName")
  @Mapping(target = "slug", source = "brandSlug")
  BrandView brand(PlanRow row);

  /** DECIMAL(19,4) keeps four decimals; {@link Money} takes them when the extra ones are zero. */
  default Money money(BigDecimal amount, String currency) {
    return new Money(amount, Currency.getInstance(currency.trim()));
  }

  default Protocol protocol(String wireName) {
    return Protocol.fromWireName(wireName)
        .orElseThrow(() -> new IllegalStateException("unknown protocol in store: " + wireName));
  }
}
