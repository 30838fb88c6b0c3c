package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Other instances of the application write to the same panels: every write, with the lookups it
 * makes, runs while the panel's write lock is held; reads never take it.
 */
class WriteLockTest {

  private static final String API = PanelStubs.BASE + "panel/api/inbounds/";
  private static final CountingWriteLock LOCK = new CountingWriteLock();
  private static final Map<String, Integer> HOLDERS_SEEN = new ConcurrentHashMap<>();

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(
              wireMockConfig()
                  .dynamicPort()
                  .bindAddress("127.0.0.1")
                  .extensions(
                      new ServeEventListener() {
                        @Override
                        public void beforeMatch(ServeEvent event, Parameters parameters) {
                          HOLDERS_SEEN.merge(
                              event.getRequest().getUrl(), LOCK.holding.get(), Math::min);
                        }

                        @Override
                        public String getName() {
                          return "lock-holders";
                        }
                      }))
          .build();

  private final ThreeXuiPanelClientGateway gateway =
      new ThreeXuiPanelClientGateway(
          PanelStubs.fastSettings(), new InMemoryPanelSessionStore(), LOCK);

  @Test
  void every_kind_of_write_holds_the_panel_write_lock_and_reads_do_not() {
    String inbound =
        PanelStubs.inbound(1, "vless", PanelStubs.client("o1", "uuid-1", "sub-1")).toString();
    wm.stubFor(any(anyUrl()).willReturn(okJson(PanelStubs.envelope(true, "", null))));
    wm.stubFor(get(urlEqualTo(API + "get/1")).willReturn(okJson(envelope(inbound))));
    wm.stubFor(get(urlEqualTo(API + "list")).willReturn(okJson(envelope("[" + inbound + "]"))));
    PanelConnection panel =
        new PanelStubs(wm).panel().withApiToken("tok").pinnedTo(PanelDialect.CLASSIC);
    PanelClient other = PanelClient.withUuid("o2", "uuid-2", "sub-2");

    List<PanelWriteOutcome> outcomes =
        List.of(
            gateway.addClients(panel, 1, List.of(other)).block(),
            gateway.updateClient(panel, 1, "o1", PanelClient.withUuid("o1", "uuid-1", "s")).block(),
            gateway.setClientEnabled(panel, 1, "o1", false).block(),
            gateway.setClientEnabled(panel, 1, "o1", true).block(),
            gateway.resetClientTraffic(panel, 1, "o1").block(),
            gateway.deleteClient(panel, 1, "o1").block());
    int heldForWrites = LOCK.holds.get();
    gateway.inbounds(panel).collectList().block();
    gateway.clientTraffic(panel).collectList().block();

    assertThat(outcomes).allMatch(PanelWriteOutcome::isApplied);
    assertThat(heldForWrites).isEqualTo(6);
    assertThat(LOCK.holds.get()).as("reads take no lock").isEqualTo(6);
    assertThat(HOLDERS_SEEN.remove(API + "list")).as("holders seen by a read").isZero();
    assertThat(HOLDERS_SEEN)
        .as("the fewest holders each write endpoint saw")
        .containsOnlyKeys(
            API + "addClient",
            API + "get/1",
            API + "updateClient/uuid-1",
            API + "1/resetClientTraffic/o1",
            API + "1/delClient/uuid-1")
        .allSatisfy((endpoint, holders) -> assertThat(holders).isPositive());
  }

  private static String envelope(String obj) {
    return PanelStubs.envelope(true, "", obj);
  }
}
