package com.thousandproxy.adapters.persistence.catalog;

import static com.thousandproxy.adapters.persistence.catalog.PlanQueryBuilder.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.adapters.persistence.support.Rows;
import com.thousandproxy.adapters.persistence.support.StatementCounter;
import com.thousandproxy.adapters.persistence.support.TestDatabase;
import com.thousandproxy.application.catalog.BrandView;
import com.thousandproxy.application.catalog.CategoryView;
import com.thousandproxy.application.catalog.PlanSortField;
import com.thousandproxy.application.catalog.PlanView;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.SortDirection;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.money.Money;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What {@link R2dbcCatalogReader} promises, run against every database the product supports. One
 * catalog is inserted per class: servers DE (full), NL (room), US (room, only deleted clients) and
 * an inactive FR; six plans, one of them inactive.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CatalogReaderContract {

  private TestDatabase database;
  private final StatementCounter statements = new StatementCounter();
  private R2dbcCatalogReader reader;

  private long streaming;
  private long gaming;
  private long alpha;
  private long beta;
  private long alphaVless;
  private long betaTrojan;
  private long cheapShadowsocks;
  private long inactive;
  private long emptyPoolVmess;
  private long franceOnly;

  abstract TestDatabase createDatabase();

  @BeforeAll
  void insertCatalog() {
    database = createDatabase();
    reader =
        new R2dbcCatalogReader(
            DatabaseClient.create(statements.wrap(database.connectionFactory())));
    CatalogFixtures given = new CatalogFixtures(new Rows(database.client()));
    streaming = given.category("Streaming", 2);
    gaming = given.category("Gaming", 1);
    alpha = given.brand("Alpha", 1);
    beta = given.brand("Beta", 2);
    long de = given.server("DE", 2, true, streaming, alpha);
    long nl = given.server("NL", 5, true, streaming, alpha);
    long fr = given.server("FR", 10, false, streaming, alpha);
    long us = given.server("US", 1, true, gaming, beta);
    long deVless = given.inbound(de, 1, "vless", true);
    long deTrojan = given.inbound(de, 2, "trojan", true);
    long nlVless = given.inbound(nl, 1, "vless", true);
    long nlVmessDisabled = given.inbound(nl, 2, "vmess", false);
    long frVless = given.inbound(fr, 1, "vless", true);
    long usShadowsocks = given.inbound(us, 1, "shadowsocks", true);
    alphaVless =
        given
            .plan("Alpha VLESS")
            .price("4.99")
            .days(30)
            .protocol("vless")
            .bandwidthGb(100)
            .in(streaming, alpha)
            .createdMinutesAfterStart(1)
            .pool(deVless, nlVless, frVless)
            .insert();
    betaTrojan =
        given
            .plan("Beta Trojan")
            .price("9.5000")
            .days(90)
            .protocol("trojan")
            .in(gaming, beta)
            .createdMinutesAfterStart(2)
            .pool(deTrojan)
            .insert();
    cheapShadowsocks =
        given
            .plan("Cheap SS")
            .price("1.00")
            .days(7)
            .protocol("shadowsocks")
            .in(streaming, beta)
            .createdMinutesAfterStart(3)
            .pool(usShadowsocks)
            .insert();
    inactive =
        given
            .plan("Inactive")
            .price("2.00")
            .days(30)
            .protocol("vless")
            .in(streaming, alpha)
            .inactive()
            .createdMinutesAfterStart(4)
            .pool(deVless)
            .insert();
    emptyPoolVmess =
        given
            .plan("Empty pool VMess")
            .price("20.00")
            .days(365)
            .protocol("vmess")
            .in(gaming, alpha)
            .createdMinutesAfterStart(5)
            .pool(nlVmessDisabled)
            .insert();
    franceOnly =
        given
            .plan("FR only")
            .price("3.00")
            .days(30)
            .protocol("vless")
            .in(gaming, alpha)
            .createdMinutesAfterStart(6)
            .pool(frVless)
            .insert();
    given.client(de, deVless, alphaVless, "ACTIVE");
    given.client(de, deVless, alphaVless, "SUSPENDED");
    given.client(nl, nlVless, alphaVless, "ACTIVE");
    given.client(nl, nlVless, alphaVless, "DELETED");
    given.client(us, usShadowsocks, cheapShadowsocks, "DELETED");
  }

  @AfterAll
  void dropDatabase() {
    database.close();
  }

  @Test
  void categoriesAndBrandsComeInTheirSortOrder() {
    assertThat(reader.categories().collectList().block())
        .containsExactly(
            new CategoryView(gaming, "Gaming", "gaming"),
            new CategoryView(streaming, "Streaming", "streaming"));
    assertThat(reader.brands().collectList().block())
        .containsExactly(
            new BrandView(alpha, "Alpha", "alpha"), new BrandView(beta, "Beta", "beta"));
  }

  @Test
  void listsOnlyActivePlansCheapestFirst() {
    Page<PlanView> page = reader.plans(aQuery().build()).block();

    assertThat(ids(page))
        .containsExactly(cheapShadowsocks, franceOnly, alphaVless, betaTrojan, emptyPoolVmess);
    assertThat(page.total()).isEqualTo(5);
    assertThat(ids(page)).doesNotContain(inactive);
  }

  @Test
  void planCarriesItsPriceAsMoneyAndItsCategoryAndBrand() {
    PlanView plan = reader.plan(betaTrojan).block();

    assertThat(plan.price()).isEqualTo(Money.of("9.50", "USD"));
    assertThat(plan.name()).isEqualTo("Beta Trojan");
    assertThat(plan.description()).isEqualTo("Beta Trojan described");
    assertThat(plan.durationDays()).isEqualTo(90);
    assertThat(plan.maxConnections()).isEqualTo(1);
    assertThat(plan.bandwidthLimitGb()).isNull();
    assertThat(plan.protocol()).isEqualTo(Protocol.TROJAN);
    assertThat(plan.category()).isEqualTo(new CategoryView(gaming, "Gaming", "gaming"));
    assertThat(plan.brand()).isEqualTo(new BrandView(beta, "Beta", "beta"));
    assertThat(reader.plan(alphaVless).block().bandwidthLimitGb()).isEqualTo(100);
  }

  @Test
  void filtersByCategoryBrandAndProtocol() {
    assertThat(ids(reader.plans(aQuery().inCategory(streaming).build()).block()))
        .containsExactly(cheapShadowsocks, alphaVless);
    assertThat(ids(reader.plans(aQuery().ofBrand(beta).build()).block()))
        .containsExactly(cheapShadowsocks, betaTrojan);
    assertThat(ids(reader.plans(aQuery().speaking(Protocol.VLESS).build()).block()))
        .containsExactly(franceOnly, alphaVless);
  }

  @Test
  void filtersByTheLocationOfAnActiveServerBehindAnEnabledPoolInbound() {
    assertThat(ids(reader.plans(aQuery().in("DE").build()).block()))
        .containsExactly(alphaVless, betaTrojan);
    assertThat(ids(reader.plans(aQuery().in("nl").build()).block())).containsExactly(alphaVless);
    Page<PlanView> france = reader.plans(aQuery().in("FR").build()).block();
    assertThat(france.items()).isEmpty();
    assertThat(france.total()).isZero();
  }

  @Test
  void filtersByAnInclusivePriceRange() {
    assertThat(ids(reader.plans(aQuery().pricedBetween("3.00", "9.5").build()).block()))
        .containsExactly(franceOnly, alphaVless, betaTrojan);
    assertThat(ids(reader.plans(aQuery().pricedBetween("5", null).build()).block()))
        .containsExactly(betaTrojan, emptyPoolVmess);
  }

  @Test
  void combinesFilters() {
    assertThat(
            ids(
                reader
                    .plans(aQuery().inCategory(streaming).speaking(Protocol.VLESS).in("DE").build())
                    .block()))
        .containsExactly(alphaVless);
  }

  @Test
  void pagesCarryTheTotalOfAllPages() {
    Page<PlanView> second = reader.plans(aQuery().page(1, 2).build()).block();

    assertThat(ids(second)).containsExactly(alphaVless, betaTrojan);
    assertThat(second.page()).isEqualTo(1);
    assertThat(second.size()).isEqualTo(2);
    assertThat(second.total()).isEqualTo(5);
    Page<PlanView> beyond = reader.plans(aQuery().page(3, 2).build()).block();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void sortsByNameDurationAndCreationInEitherDirection() {
    assertThat(ids(sorted(PlanSortField.NAME, SortDirection.DESC)))
        .containsExactly(franceOnly, emptyPoolVmess, cheapShadowsocks, betaTrojan, alphaVless);
    assertThat(ids(sorted(PlanSortField.DURATION_DAYS, SortDirection.ASC)))
        .containsExactly(cheapShadowsocks, alphaVless, franceOnly, betaTrojan, emptyPoolVmess);
    assertThat(ids(sorted(PlanSortField.CREATED_AT, SortDirection.DESC)))
        .containsExactly(franceOnly, emptyPoolVmess, cheapShadowsocks, betaTrojan, alphaVless);
    assertThat(ids(sorted(PlanSortField.PRICE, SortDirection.DESC)))
        .containsExactly(emptyPoolVmess, betaTrojan, alphaVless, franceOnly, cheapShadowsocks);
  }

  @Test
  void locationsAreTheDistinctCountriesOfTheActiveServersInThePool() {
    assertThat(reader.plan(alphaVless).block().locations()).containsExactly("DE", "NL");
    assertThat(reader.plan(betaTrojan).block().locations()).containsExactly("DE");
    assertThat(reader.plan(franceOnly).block().locations()).isEmpty();
    assertThat(reader.plan(emptyPoolVmess).block().locations()).isEmpty();
  }

  @Test
  void availableWhileAnActivePoolServerHasFewerLiveClientsThanItsCapacity() {
    assertThat(reader.plan(alphaVless).block().available()).as("NL has room").isTrue();
    assertThat(reader.plan(betaTrojan).block().available()).as("DE is full").isFalse();
    assertThat(reader.plan(cheapShadowsocks).block().available())
        .as("deleted clients free their place")
        .isTrue();
    assertThat(reader.plan(franceOnly).block().available()).as("inactive server").isFalse();
    assertThat(reader.plan(emptyPoolVmess).block().available()).as("disabled inbound").isFalse();
  }

  @Test
  void aPlanByIdIsTheSameAsInTheListingAndOnlyWhenActive() {
    PlanView listed =
        reader.plans(aQuery().build()).block().items().stream()
            .filter(plan -> plan.id() == alphaVless)
            .findFirst()
            .orElseThrow();

    assertThat(reader.plan(alphaVless).block()).isEqualTo(listed);
    assertThat(reader.plan(inactive).blockOptional()).isEmpty();
    assertThat(reader.plan(987_654_321L).blockOptional()).isEmpty();
  }

  @Test
  void aPageTakesTheSameThreeStatementsWhateverItsSize() {
    statements.reset();
    reader.plans(aQuery().build()).block();
    int fivePlans = statements.count();
    statements.reset();
    reader.plans(aQuery().page(0, 1).build()).block();

    assertThat(fivePlans).isEqualTo(3);
    assertThat(statements.count()).isEqualTo(3);
  }

  private Page<PlanView> sorted(PlanSortField field, SortDirection direction) {
    return reader.plans(aQuery().sortedBy(field, direction).build()).block();
  }

  private static List<Long> ids(Page<PlanView> page) {
    return page.items().stream().map(PlanView::id).toList();
  }
}
