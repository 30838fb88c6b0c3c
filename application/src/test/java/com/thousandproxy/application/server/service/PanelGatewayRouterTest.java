package com.thousandproxy.application.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class PanelGatewayRouterTest {

  private final AdminWorld.ScriptedPanel real = new AdminWorld.ScriptedPanel();
  private final AdminWorld.ScriptedPanel demo = new AdminWorld.ScriptedPanel();
  private final PanelConnection panel =
      PanelConnection.withLogin("https://panel.example.com/x/", "admin", "pw");

  @Test
  void aConnectionPinnedToDemoGoesToTheDemoPanelAndAnyOtherToTheRealOne() {
    var router = new PanelGatewayRouter(real, real, demo, demo);
    demo.health = new PanelHealth(true, Duration.ZERO, PanelDialect.DEMO, 0, "demo");

    assertThat(router.probe(panel.pinnedTo(PanelDialect.DEMO)).block().dialect())
        .isEqualTo(PanelDialect.DEMO);
    router.inbounds(panel).collectList().block();
    router.inbounds(panel.pinnedTo(PanelDialect.CLASSIC)).collectList().block();

    assertThat(demo.seen).hasSize(1);
    assertThat(real.seen).hasSize(2);
  }

  @Test
  void withoutADemoPanelADemoServerIsUnavailableAndNeverSentToARealHost() {
    var router = new PanelGatewayRouter(real, real, null, null);
    var demoServer = panel.pinnedTo(PanelDialect.DEMO);

    StepVerifier.create(router.inbounds(demoServer))
        .expectError(PanelUnavailableException.class)
        .verify();
    assertThat(router.probe(demoServer).block().reachable()).isFalse();
    assertThat(real.seen).isEmpty();
  }
}
