package com.thousandproxy.application.server.service;

import static com.thousandproxy.application.server.service.ServerCommands.aServer;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.server.ServerDialect;
import com.thousandproxy.application.server.StoredInbound;
import com.thousandproxy.application.server.StoredServer;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SyncServerInboundsServiceTest {

  private final AdminWorld world = new AdminWorld();
  private final StoredServer server =
      world
          .administration
          .register(aServer(world.category("Streaming"), world.brand("Pro")).command())
          .block();

  private static PanelInbound inbound(long id, String protocol, StreamSettings stream) {
    return new PanelInbound(
        id, "DE-" + id, protocol, "", 443, true, stream, "none", null, null, List.of());
  }

  private static final StreamSettings REALITY =
      new StreamSettings(
          InboundTransport.Tcp.plain(),
          new TransportSecurity.Reality(
              List.of("www.amazon.com"), List.of("0c"), "pub", "chrome", ""));
  private static final StreamSettings WS_TLS =
      new StreamSettings(
          new InboundTransport.Ws("/ws", ""),
          new TransportSecurity.Tls("de1.example.com", List.of("h2"), "chrome"));

  @Test
  void theInboundsWeSellAreStoredWithWhatLinksNeed() {
    world.panel.inbounds =
        List.of(
            inbound(1, "vless", REALITY),
            inbound(2, "vmess", WS_TLS),
            inbound(3, "wireguard", null));

    List<StoredInbound> stored = world.sync.sync(server.id(), AdminWorld.ADMIN).block();

    assertThat(stored)
        .extracting(i -> i.inbound().protocol())
        .containsExactly(Protocol.VLESS, Protocol.VMESS);
    assertThat(stored.get(0).inbound().security()).isEqualTo("reality");
    assertThat(stored.get(1).inbound().network()).isEqualTo("ws");
    assertThat(stored.get(1).inbound().security()).isEqualTo("tls");
    assertThat(stored.get(0).link().stream()).isEqualTo(REALITY);
    assertThat(stored.get(0).link().vlessEncryption()).isEqualTo("none");
    assertThat(world.audit.get(world.audit.size() - 1).details()).containsEntry("skipped", "1");
  }

  @Test
  void aSyncRemembersTheDetectedDialectAndLetsTheAdapterDetectAfresh() {
    world.panel.inbounds = List.of(inbound(1, "vless", REALITY));

    world.sync.sync(server.id(), AdminWorld.ADMIN).block();

    assertThat(world.servers.get(server.id().value()).dialect())
        .isEqualTo(ServerDialect.detected(PanelDialect.CLASSIC));
    assertThat(world.servers.get(server.id().value()).lastSyncedAt()).isEqualTo(AdminWorld.NOW);
    assertThat(world.panel.seen).allSatisfy(c -> assertThat(c.pinned()).isEmpty());
    assertThat(world.panel.seen.get(0).password()).isEqualTo("pa55-w0rd");
  }

  @Test
  void aPinnedDialectIsNotReplacedByWhatThePanelSeemsToSpeak() {
    var pinned = ServerDialect.pinnedTo(PanelDialect.CLIENT_RECORDS);
    world.servers.markChecked(server.id(), pinned, AdminWorld.NOW).block();

    world.sync.sync(server.id(), AdminWorld.ADMIN).block();

    assertThat(world.servers.get(server.id().value()).dialect()).isEqualTo(pinned);
    assertThat(world.panel.seen.get(0).pinned()).contains(PanelDialect.CLIENT_RECORDS);
  }

  @Test
  void anInboundThePanelNoLongerHasIsDisabledNotDeleted() {
    world.panel.inbounds = List.of(inbound(1, "vless", REALITY), inbound(2, "vmess", WS_TLS));
    world.sync.sync(server.id(), AdminWorld.ADMIN).block();
    world.panel.inbounds = List.of(inbound(2, "vmess", WS_TLS));

    List<StoredInbound> stored = world.sync.sync(server.id(), AdminWorld.ADMIN).block();

    assertThat(stored).hasSize(2);
    assertThat(stored)
        .filteredOn(StoredInbound::enabled)
        .extracting(i -> i.inbound().panelInboundId())
        .containsExactly(2);
  }

  @Test
  void anUnreachablePanelStoresNothing() {
    world.panel.health = PanelHealth.down(Duration.ofSeconds(5), "connection refused");
    int invalidations = world.cache.invalidations;

    StepVerifier.create(world.sync.sync(server.id(), AdminWorld.ADMIN))
        .expectError(PanelUnavailableException.class)
        .verify();
    assertThat(world.inbounds.rows).isEmpty();
    assertThat(world.servers.get(server.id().value()).lastSyncedAt()).isNull();
    assertThat(world.cache.invalidations).isEqualTo(invalidations);
  }

  @Test
  void aHealthCheckReportsThePanelAndRemembersItsDialect() {
    var report = world.health.check(server.id()).block();

    assertThat(report.reachable()).isTrue();
    assertThat(report.latency()).isEqualTo(Duration.ofMillis(12));
    assertThat(report.dialect()).isEqualTo(PanelDialect.CLASSIC);
    assertThat(report.clients()).isEqualTo(3);
    assertThat(report.checkedAt()).isEqualTo(AdminWorld.NOW);
    assertThat(world.servers.get(server.id().value()).lastCheckedAt()).isEqualTo(AdminWorld.NOW);
  }
}
