package com.thousandproxy.application.server.service;

import static com.thousandproxy.application.server.service.ServerCommands.aServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.server.InvalidReferencesException;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerNotFoundException;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.domain.server.ServerId;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ServerAdministrationServiceTest {

  private final AdminWorld world = new AdminWorld();
  private final long category = world.category("Streaming");
  private final long brand = world.brand("Pro");

  @Test
  void aRegisteredServerKeepsItsSecretsOnlySealed() {
    StoredServer server =
        world
            .administration
            .register(aServer(category, brand).withApiToken("tok-123").command())
            .block();

    assertThat(server.credentials().password()).isEqualTo("sealed:dr0w-55ap");
    assertThat(server.credentials().apiToken()).isEqualTo("sealed:321-kot");
    assertThat(server.toString()).doesNotContain("pa55-w0rd").doesNotContain("tok-123");
    assertThat(server.settings().panelUrl().toString()).endsWith("/x7Kq2/");
  }

  @Test
  void everyChangeEmptiesTheCatalogAndFeedCachesAndIsAudited() {
    StoredServer server = world.administration.register(aServer(category, brand).command()).block();
    world.administration.update(server.id(), aServer(category, brand).command()).block();
    world.administration.delete(server.id(), AdminWorld.ADMIN).block();

    assertThat(world.cache.invalidations).isEqualTo(3);
    assertThat(world.feeds.invalidations).isEqualTo(3);
    assertThat(world.audit)
        .extracting(e -> e.action())
        .containsExactly("server.created", "server.updated", "server.deleted");
    assertThat(world.audit.get(0).actor().userId()).isEqualTo(AdminWorld.ADMIN.userId());
    assertThat(world.audit.get(0).ipAddress()).isEqualTo("10.0.0.7");
    assertThat(world.audit.get(0).details().toString()).doesNotContain("pa55-w0rd");
  }

  @Test
  void anUnknownCategoryAndBrandAreFieldErrors() {
    StepVerifier.create(world.administration.register(aServer(999, 998).command()))
        .expectErrorSatisfies(
            e ->
                assertThat(((InvalidReferencesException) e).fieldErrors())
                    .containsKeys("categoryId", "brandId"))
        .verify();
    assertThat(world.servers.rows).isEmpty();
    assertThat(world.cache.invalidations).isZero();
  }

  @Test
  void aPanelNeedsAPasswordOrAnApiToken() {
    StepVerifier.create(
            world.administration.register(aServer(category, brand).withPassword(null).command()))
        .expectErrorSatisfies(
            e ->
                assertThat(((InvalidReferencesException) e).fieldErrors())
                    .containsOnlyKeys("password"))
        .verify();

    StoredServer tokenOnly =
        world
            .administration
            .register(
                aServer(category, brand)
                    .withPassword(null)
                    .withUsername("")
                    .withApiToken("tok")
                    .command())
            .block();
    assertThat(tokenOnly.credentials().hasApiToken()).isTrue();
  }

  @Test
  void anUpdateWithoutPasswordKeepsTheStoredOneAndAnEmptyTokenRemovesIt() {
    StoredServer server =
        world
            .administration
            .register(aServer(category, brand).withApiToken("tok").command())
            .block();

    StoredServer updated =
        world
            .administration
            .update(
                server.id(), aServer(category, brand).withPassword(null).withApiToken("").command())
            .block();

    assertThat(updated.credentials().password()).isEqualTo(server.credentials().password());
    assertThat(updated.credentials().hasApiToken()).isFalse();
  }

  @Test
  void aDetectedDialectIsKeptUntilThePanelUrlChanges() {
    StoredServer server = world.administration.register(aServer(category, brand).command()).block();
    world
        .servers
        .markChecked(server.id(), ServerDialect.detected(PanelDialect.CLASSIC), AdminWorld.NOW)
        .block();

    var same = world.administration.update(server.id(), aServer(category, brand).command()).block();
    var moved =
        world
            .administration
            .update(
                server.id(),
                aServer(category, brand).withPanelUrl("https://other.example.com/p/").command())
            .block();

    assertThat(same.dialect()).isEqualTo(ServerDialect.detected(PanelDialect.CLASSIC));
    assertThat(moved.dialect()).isEqualTo(ServerDialect.AUTO);
  }

  @Test
  void anAdminMayPinADialectButNotTurnARealServerIntoADemoOne() {
    StoredServer pinned =
        world
            .administration
            .register(
                aServer(category, brand)
                    .withDialect(ServerDialect.pinnedTo(PanelDialect.CLIENT_RECORDS))
                    .command())
            .block();
    assertThat(pinned.dialect().pinned()).isTrue();

    StepVerifier.create(
            world.administration.update(
                pinned.id(),
                aServer(category, brand)
                    .withDialect(ServerDialect.pinnedTo(PanelDialect.DEMO))
                    .command()))
        .expectErrorSatisfies(
            e -> assertThat(((InvalidReferencesException) e).fieldErrors()).containsKey("dialect"))
        .verify();
  }

  @Test
  void anUnknownServerIsNotFound() {
    StepVerifier.create(world.administration.server(new ServerId(42)))
        .expectError(ServerNotFoundException.class)
        .verify();
    StepVerifier.create(world.administration.delete(new ServerId(42), AdminWorld.ADMIN))
        .expectError(ServerNotFoundException.class)
        .verify();
    StepVerifier.create(world.administration.inbounds(new ServerId(42)))
        .expectError(ServerNotFoundException.class)
        .verify();
  }
}
