package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.thousandproxy.adapters.xui.PanelStubs.ADDED;
import static com.thousandproxy.adapters.xui.PanelStubs.BASE;
import static com.thousandproxy.adapters.xui.PanelStubs.SESSION;
import static com.thousandproxy.adapters.xui.PanelStubs.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** The v3.1+ dialect ({@code panel/api/clients/*}) against a stubbed v3.x panel. */
class ClientRecordsContractTest {

  @RegisterExtension static WireMockExtension wm = PanelStubs.server();

  private static final String UUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  private static final String CLIENTS = BASE + "panel/api/clients/";

  private final PanelStubs stubs = new PanelStubs(wm);
  private final InMemoryPanelSessionStore store = new InMemoryPanelSessionStore();
  private final ThreeXuiPanelClientGateway gateway =
      new ThreeXuiPanelClientGateway(PanelStubs.fastSettings(), store, new CountingWriteLock());
  private final PanelClient alice = PanelClient.withUuid("alice", UUID, "alicesub");

  private PanelConnection records() {
    return stubs.panel().pinnedTo(PanelDialect.CLIENT_RECORDS);
  }

  private static String record(String uuid, String subId, String inboundIds) {
    return "{\"client\":{\"id\":5,\"email\":\"alice\",\"subId\":\""
        + subId
        + "\",\"uuid\":\""
        + uuid
        + "\",\"password\":\"\",\"flow\":\"\",\"enable\":true,\"tgId\":0,"
        + "\"reverse\":null},\"inboundIds\":"
        + inboundIds
        + "}";
  }

  private void getAnswers(String obj) {
    wm.stubFor(
        get(urlEqualTo(CLIENTS + "get/alice"))
            .willReturn(
                okJson(envelope(obj != null, obj == null ? " (record not found)" : "", obj))));
  }

  @Test
  void first_contact_finds_a_v3_1_panel_by_its_missing_classic_endpoint() {
    stubs.v3Login();
    wm.stubFor(
        get(urlEqualTo(BASE + "panel/api/inbounds/list"))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(okJson(envelope(true, "", "[]"))));
    wm.stubFor(post(urlEqualTo(BASE + "panel/api/inbounds/onlines")).willReturn(notFound()));
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "onlines"))
            .withHeader("X-CSRF-Token", equalTo("csrf-tok"))
            .willReturn(okJson(envelope(true, "", "[]"))));

    StepVerifier.create(gateway.probe(stubs.panel()))
        .assertNext(h -> assertThat(h.dialect()).isEqualTo(PanelDialect.CLIENT_RECORDS))
        .verifyComplete();
  }

  @Test
  void an_add_sends_a_json_client_and_its_inbound_with_the_csrf_token() {
    stubs.v3Login();
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "add"))
            .withHeader("X-CSRF-Token", equalTo("csrf-tok"))
            .withCookie("3x-ui", equalTo(SESSION))
            .withRequestBody(
                equalToJson(
                    "{\"client\":{\"id\":\""
                        + UUID
                        + "\",\"email\":\"alice\",\"enable\":true,"
                        + "\"subId\":\"alicesub\"},\"inboundIds\":[1]}",
                    true,
                    true))
            .willReturn(okJson(ADDED)));

    StepVerifier.create(gateway.addClients(records(), 1, List.of(alice)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
  }

  @Test
  void an_api_token_needs_neither_login_nor_csrf() {
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "add"))
            .withHeader("Authorization", equalTo("Bearer tok-9"))
            .willReturn(okJson(ADDED)));

    StepVerifier.create(gateway.addClients(records().withApiToken("tok-9"), 1, List.of(alice)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
    wm.verify(exactly(0), postRequestedFor(urlEqualTo(BASE + "login")));
  }

  @Test
  void an_email_in_use_by_another_client_is_a_duplicate() {
    stubs.v3Login();
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "add"))
            .willReturn(
                okJson(
                    envelope(
                        false, "Something went wrong (email already in use: alice\n)", null))));
    getAnswers(record("another-uuid", "othersub", "[1]"));

    StepVerifier.create(gateway.addClients(records(), 1, List.of(alice)))
        .expectNext(new PanelWriteOutcome.DuplicateEmail("alice"))
        .verifyComplete();
  }

  @Test
  void an_email_in_use_by_our_own_client_on_the_inbound_counts_as_added() {
    stubs.v3Login();
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "add"))
            .willReturn(
                okJson(envelope(false, "Something went wrong (Duplicate email: alice\n)", null))));
    getAnswers(record(UUID, "alicesub", "[1]"));

    StepVerifier.create(gateway.addClients(records(), 1, List.of(alice)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
  }

  @Test
  void updating_an_unknown_client_is_not_found() {
    stubs.v3Login();
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "update/alice"))
            .willReturn(okJson(envelope(false, "Something went wrong (record not found)", null))));

    StepVerifier.create(gateway.updateClient(records(), 1, "alice", alice))
        .expectNext(new PanelWriteOutcome.NotFound("Something went wrong (record not found)"))
        .verifyComplete();
  }

  @Test
  void an_expired_session_answered_with_404_is_renewed_once() {
    stubs.v3Login();
    store.save(stubs.panel().key(), new PanelSession(Map.of("3x-ui", "OLD"), "old-tok")).block();
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "resetTraffic/alice")).willReturn(aResponse().withStatus(404)));
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "resetTraffic/alice"))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(okJson(envelope(true, "Traffic has been reset.", null))));

    StepVerifier.create(gateway.resetClientTraffic(records(), 1, "alice"))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
    wm.verify(exactly(1), postRequestedFor(urlEqualTo(BASE + "login")));
  }

  @Test
  void deleting_detaches_from_this_inbound_when_the_client_has_others() {
    stubs.v3Login();
    getAnswers(record(UUID, "alicesub", "[1,3]"));
    wm.stubFor(
        post(urlEqualTo(CLIENTS + "alice/detach"))
            .withRequestBody(equalToJson("{\"inboundIds\":[1]}"))
            .willReturn(okJson(envelope(true, "Inbound client has been deleted.", null))));

    StepVerifier.create(gateway.deleteClient(records(), 1, "alice"))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
    wm.verify(exactly(0), postRequestedFor(urlEqualTo(CLIENTS + "del/alice")));
  }
}
