package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;

/** 3x-ui before v3.1 loses concurrent edits of an inbound: our writes must reach it one by one. */
class SerialisedWritesTest {

  /**
   * A slow panel that counts the requests it is working on: each one takes 20 ms between being
   * matched and its answer being released, so two writes sent together would overlap here.
   */
  static final class InFlight implements ServeEventListener, ResponseDefinitionTransformerV2 {
    final AtomicInteger now = new AtomicInteger();
    final AtomicInteger max = new AtomicInteger();

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
      max.accumulateAndGet(now.incrementAndGet(), Math::max);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return event.getResponseDefinition();
    }

    @Override
    public void beforeResponseSent(ServeEvent event, Parameters parameters) {
      now.decrementAndGet();
    }

    @Override
    public boolean applyGlobally() {
      return true;
    }

    @Override
    public String getName() {
      return "in-flight";
    }
  }

  static final InFlight IN_FLIGHT = new InFlight();

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(IN_FLIGHT))
          .build();

  @Test
  void fifty_concurrent_adds_to_one_inbound_reach_the_panel_one_at_a_time() {
    String add = PanelStubs.BASE + "panel/api/inbounds/addClient";
    wm.stubFor(post(urlEqualTo(add)).willReturn(okJson(PanelStubs.ADDED)));
    var gateway =
        new ThreeXuiPanelClientGateway(
            PanelStubs.fastSettings(), new InMemoryPanelSessionStore(), new CountingWriteLock());
    var panel = new PanelStubs(wm).panel().withApiToken("tok").pinnedTo(PanelDialect.CLASSIC);

    List<PanelWriteOutcome> outcomes =
        Flux.range(0, 50)
            .flatMap(
                i ->
                    gateway.addClients(
                        panel, 1, List.of(PanelClient.withUuid("o" + i, "uuid-" + i, "sub" + i))),
                50)
            .collectList()
            .block(Duration.ofSeconds(30));

    assertThat(outcomes).hasSize(50).allMatch(PanelWriteOutcome::isApplied);
    wm.verify(50, postRequestedFor(urlEqualTo(add)));
    assertThat(IN_FLIGHT.max.get()).isEqualTo(1);
  }
}
