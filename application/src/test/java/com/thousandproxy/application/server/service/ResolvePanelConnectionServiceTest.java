package com.thousandproxy.application.server.service;

import static com.thousandproxy.application.server.service.ServerCommands.aServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.server.NewServer;
import com.thousandproxy.application.server.SealedCredentials;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.ServerNotFoundException;
import com.thousandproxy.domain.server.ServerId;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ResolvePanelConnectionServiceTest {

  private final AdminWorld world = new AdminWorld();
  private final long category = world.category("Streaming");
  private final long brand = world.brand("Pro");

  @Test
  void provisioningGetsTheOpenedCredentialsAndTheRememberedDialect() {
    var server =
        world
            .administration
            .register(aServer(category, brand).withApiToken("tok").command())
            .block();
    world
        .servers
        .markSynced(
            server.id(), ServerDialect.detected(PanelDialect.CLIENT_RECORDS), AdminWorld.NOW)
        .block();

    var connection = world.connections.connectionTo(server.id()).block();

    assertThat(connection.panel().username()).isEqualTo("admin");
    assertThat(connection.panel().password()).isEqualTo("pa55-w0rd");
    assertThat(connection.panel().apiToken()).isEqualTo("tok");
    assertThat(connection.panel().pinned()).contains(PanelDialect.CLIENT_RECORDS);
    assertThat(connection.panel().baseUrl().toString())
        .isEqualTo("https://panel.example.com:2053/x7Kq2/");
    assertThat(connection.toString()).doesNotContain("pa55-w0rd").doesNotContain("tok\"");
  }

  @Test
  void aServerNeverContactedIsLeftToDetection() {
    var server = world.administration.register(aServer(category, brand).command()).block();

    assertThat(world.connections.connectionTo(server.id()).block().panel().pinned()).isEmpty();
  }

  @Test
  void aDemoServerGetsTheDemoPanelWithoutOpeningItsPlaceholderSecret() {
    var settings = aServer(category, brand).command().settings();
    var id =
        world
            .servers
            .add(
                new NewServer(
                    settings,
                    ServerDialect.detected(PanelDialect.DEMO),
                    new SealedCredentials("demo-not-a-secret", null),
                    AdminWorld.NOW))
            .block();

    var connection = world.connections.connectionTo(id).block();

    assertThat(connection.panel().pinned()).contains(PanelDialect.DEMO);
    assertThat(connection.panel().password()).isEmpty();
    assertThat(world.cipher.opened).isZero();
  }

  @Test
  void anUnknownServerIsNotFound() {
    StepVerifier.create(world.connections.connectionTo(new ServerId(9)))
        .expectError(ServerNotFoundException.class)
        .verify();
  }
}
