package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class MeteredPanelClientGatewayTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final PanelClientGateway real = mock(PanelClientGateway.class);
  private final PanelClientGateway metered = new PanelCallMetrics(registry).meter(real);
  private final PanelConnection panel =
      PanelConnection.withLogin("http://10.0.0.7/xui", "admin", "pw");

  @Test
  void aWriteIsTimedWithItsOutcomeInSnakeCaseAndTheServerAndDialect() {
    when(real.addClients(any(), anyLong(), any()))
        .thenReturn(Mono.just(new PanelWriteOutcome.DuplicateEmail("a@b")));

    StepVerifier.create(metered.addClients(panel, 3, List.of()))
        .expectNextCount(1)
        .verifyComplete();

    assertThat(count("add_clients", "duplicate_email")).isEqualTo(1);
    assertThat(
            registry
                .get("panel.calls")
                .tag("server", "10.0.0.7")
                .tag("dialect", "auto")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void anOutageIsTimedWithItsReasonAndStillFails() {
    when(real.deleteClient(any(), anyLong(), anyString()))
        .thenReturn(
            Mono.error(
                new PanelUnavailableException(
                    "10.0.0.7", PanelUnavailableException.Reason.CIRCUIT_OPEN, "")));

    StepVerifier.create(metered.deleteClient(panel, 3, "a@b"))
        .verifyError(PanelUnavailableException.class);

    assertThat(count("delete_client", "circuit_open")).isEqualTo(1);
  }

  @Test
  void aListIsTimedOnceWhenItCompletes() {
    when(real.clientTraffic(any())).thenReturn(Flux.empty());

    StepVerifier.create(metered.clientTraffic(panel)).verifyComplete();

    assertThat(count("client_traffic", "ok")).isEqualTo(1);
  }

  @Test
  void nothingIsCalledOrTimedUntilSubscribed() {
    when(real.addClients(any(), anyLong(), any()))
        .thenReturn(Mono.just(new PanelWriteOutcome.Applied()));

    Mono<PanelWriteOutcome> call = metered.addClients(panel, 3, List.of());

    assertThat(registry.find("panel.calls").timers()).isEmpty();
    StepVerifier.create(call).expectNextCount(1).verifyComplete();
    assertThat(count("add_clients", "applied")).isEqualTo(1);
  }

  private long count(String operation, String outcome) {
    return registry
        .get("panel.calls")
        .tag("operation", operation)
        .tag("outcome", outcome)
        .timer()
        .count();
  }
}
