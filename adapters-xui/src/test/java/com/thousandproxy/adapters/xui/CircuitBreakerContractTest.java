package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CircuitBreakerContractTest {

  @RegisterExtension static WireMockExtension wm = PanelStubs.server();

  private static final String LIST = PanelStubs.BASE + "panel/api/inbounds/list";

  @Test
  void repeated_server_errors_open_the_circuit_and_later_calls_do_not_reach_the_panel() {
    var settings =
        PanelStubs.fastSettings()
            .withRetry(1, Duration.ofMillis(10))
            .withBreaker(4, 4, Duration.ofMinutes(1));
    var gateway =
        new ThreeXuiPanelClientGateway(
            settings, new InMemoryPanelSessionStore(), new CountingWriteLock());
    var panel = new PanelStubs(wm).panel().withApiToken("tok");
    wm.stubFor(get(urlEqualTo(LIST)).willReturn(aResponse().withStatus(502)));

    List<Reason> reasons = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      try {
        gateway.inbounds(panel).collectList().block();
      } catch (PanelUnavailableException e) {
        reasons.add(e.reason());
      }
    }

    assertThat(reasons)
        .containsExactly(
            Reason.SERVER_ERROR,
            Reason.SERVER_ERROR,
            Reason.SERVER_ERROR,
            Reason.SERVER_ERROR,
            Reason.CIRCUIT_OPEN,
            Reason.CIRCUIT_OPEN);
    wm.verify(4, getRequestedFor(urlEqualTo(LIST)));
  }
}
