package com.thousandproxy.api.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.support.DemoApplicationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@DemoApplicationTest
class CatalogApiTest {

  @Autowired WebTestClient http;

  @Test
  void theDemoCatalogListsActivePlansInTheEnvelope() {
    http.get()
        .uri("/api/v1/server-plans")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(true)
        .jsonPath("$.data.items.length()")
        .value(n -> assertThat((Integer) n).isPositive())
        .jsonPath("$.data.page")
        .isEqualTo(0)
        .jsonPath("$.data.size")
        .isEqualTo(20)
        .jsonPath("$.data.items[0].price.amount")
        .value(a -> assertThat(a).isInstanceOf(String.class))
        .jsonPath("$.data.items[0].price.currency")
        .isEqualTo("USD")
        .jsonPath("$.data.items[0].category.slug")
        .exists()
        .jsonPath("$.data.items[0].locations")
        .isArray();
  }

  @Test
  void plansAreSortedByPriceAscendingByDefaultAndDescendingOnRequest() {
    List<BigDecimal> ascending = prices("/api/v1/server-plans");
    List<BigDecimal> descending = prices("/api/v1/server-plans?sort=price,desc");
    assertThat(ascending).isSortedAccordingTo(BigDecimal::compareTo).hasSizeGreaterThan(1);
    assertThat(descending).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void theProtocolFilterKeepsOnlyPlansOfThatProtocol() {
    http.get()
        .uri("/api/v1/server-plans?protocol=vless")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.items[*].protocol")
        .value(p -> assertThat((List<?>) p).isNotEmpty().allMatch("vless"::equals));
  }

  @Test
  void pagingCutsTheListAndReportsTheTotal() {
    http.get()
        .uri("/api/v1/server-plans?size=1&page=1")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.items.length()")
        .isEqualTo(1)
        .jsonPath("$.data.page")
        .isEqualTo(1)
        .jsonPath("$.data.total")
        .value(t -> assertThat(((Number) t).longValue()).isGreaterThan(1));
  }

  @Test
  void badFiltersAreRefusedWithAMessagePerField() {
    http.get()
        .uri(
            "/api/v1/server-plans?protocol=ftp&size=500&minPrice=-1&sort=colour,up&location=Germany")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false)
        .jsonPath("$.errors.protocol")
        .exists()
        .jsonPath("$.errors.size")
        .exists()
        .jsonPath("$.errors.minPrice")
        .exists()
        .jsonPath("$.errors.sort")
        .exists()
        .jsonPath("$.errors.location")
        .exists();
  }

  @Test
  void onePlanIsReadByIdAndAnUnknownIdIsNotFound() {
    Map<?, ?> first = firstPlan();
    http.get()
        .uri("/api/v1/server-plans/{id}", first.get("id"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data.name")
        .isEqualTo(first.get("name"));
    http.get()
        .uri("/api/v1/server-plans/987654321")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
    http.get().uri("/api/v1/server-plans/abc").exchange().expectStatus().isBadRequest();
  }

  @Test
  void categoriesAndBrandsAreListed() {
    http.get()
        .uri("/api/v1/server-categories")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data[0].slug")
        .exists();
    http.get()
        .uri("/api/v1/server-brands")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.data[0].name")
        .exists();
  }

  private Map<?, ?> firstPlan() {
    Map<?, ?> body =
        http.get()
            .uri("/api/v1/server-plans")
            .exchange()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
    return (Map<?, ?>) ((List<?>) ((Map<?, ?>) body.get("data")).get("items")).get(0);
  }

  private List<BigDecimal> prices(String uri) {
    Map<?, ?> body =
        http.get().uri(uri).exchange().expectBody(Map.class).returnResult().getResponseBody();
    List<?> items = (List<?>) ((Map<?, ?>) body.get("data")).get("items");
    return items.stream()
        .map(
            item ->
                new BigDecimal(
                    (String) ((Map<?, ?>) ((Map<?, ?>) item).get("price")).get("amount")))
        .toList();
  }
}
