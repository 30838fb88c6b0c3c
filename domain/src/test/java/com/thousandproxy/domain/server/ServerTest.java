package com.thousandproxy.domain.server;

import static com.thousandproxy.domain.server.ServerTestData.aServer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerTest {

  @Test
  void anActiveServerTakesClientsUntilItIsFull() {
    Server server = aServer().withCapacity(2).build();

    assertThat(server.hasRoomFor(0)).isTrue();
    assertThat(server.hasRoomFor(1)).isTrue();
    assertThat(server.hasRoomFor(2)).isFalse();
  }

  @Test
  void anInactiveServerTakesNoClients() {
    assertThat(aServer().inactive().build().hasRoomFor(0)).isFalse();
  }

  @Test
  void aServerWithoutCapacityTakesNoClients() {
    assertThat(aServer().withCapacity(0).build().hasRoomFor(0)).isFalse();
  }

  @Test
  void aNegativeClientCountIsABug() {
    assertThatThrownBy(() -> aServer().build().hasRoomFor(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deactivatingAndActivatingChangeOnlyTheFlag() {
    Server server = aServer().build();

    assertThat(server.deactivate().active()).isFalse();
    assertThat(server.deactivate().activate()).isEqualTo(server);
  }

  @Test
  void thePublicHostIsLowerCased() {
    assertThat(aServer().withPublicHost(" DE1.Example.COM ").build().publicHost())
        .isEqualTo("de1.example.com");
  }

  @ParameterizedTest(name = "panel URL {0} is refused")
  @ValueSource(strings = {"ftp://panel.example.com/", "/relative/path", "https:///nohost"})
  void thePanelUrlMustBeAnAbsoluteHttpUrl(String url) {
    assertThatThrownBy(() -> aServer().withPanelUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("panelUrl");
  }

  @Test
  void plainHttpPanelsAreAllowed() {
    assertThat(aServer().withPanelUrl("http://10.0.0.5:2053/").build().panelUrl())
        .hasScheme("http");
  }

  @ParameterizedTest(name = "capacity {0} is refused")
  @ValueSource(ints = {-1, Server.MAX_CAPACITY + 1})
  void theCapacityMustBeSensible(int capacity) {
    assertThatThrownBy(() -> aServer().withCapacity(capacity).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }

  @Test
  void theCredentialsReferenceNeverShowsASecretAndMustNotBeBlank() {
    assertThat(new CredentialsRef("server-1")).hasToString("CredentialsRef[server-1]");
    assertThatThrownBy(() -> new CredentialsRef(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
