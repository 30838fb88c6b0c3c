package com.thousandproxy.adapters.xui;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.thousandproxy.adapters.xui.PanelStubs.ADDED;
import static com.thousandproxy.adapters.xui.PanelStubs.BASE;
import static com.thousandproxy.adapters.xui.PanelStubs.SESSION;
import static com.thousandproxy.adapters.xui.PanelStubs.client;
import static com.thousandproxy.adapters.xui.PanelStubs.envelope;
import static com.thousandproxy.adapters.xui.PanelStubs.inbound;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;
import tools.jackson.databind.node.ObjectNode;

/** The classic dialect ({@code panel/api/inbounds/*}) against a stubbed v2.x / v3.0 panel. */
class ClassicDialectContractTest {

  @RegisterExtension static WireMockExtension wm = PanelStubs.server();

  private static final String UUID = "5f3c1f5e-7d1a-4c5b-9a51-2b0f7f3d9e11";
  private static final String LIST = BASE + "panel/api/inbounds/list";
  private static final String ADD = BASE + "panel/api/inbounds/addClient";
  private static final String GET_1 = BASE + "panel/api/inbounds/get/1";

  private final PanelStubs stubs = new PanelStubs(wm);
  private final InMemoryPanelSessionStore store = new InMemoryPanelSessionStore();
  private final ThreeXuiPanelClientGateway gateway =
      new ThreeXuiPanelClientGateway(PanelStubs.fastSettings(), store, new CountingWriteLock());
  private final PanelClient ours = PanelClient.withUuid("o1042", UUID, "k3v9q0x1m2n4b5c6");

  private void listAnswers(String body) {
    wm.stubFor(
        get(urlEqualTo(LIST)).withCookie("3x-ui", equalTo(SESSION)).willReturn(okJson(body)));
  }

  private void inboundOneHolds(String json) {
    wm.stubFor(
        get(urlEqualTo(GET_1))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(okJson(envelope(true, "", json))));
  }

  @Test
  void logs_in_with_a_form_and_then_sends_the_session_cookie_in_english() {
    stubs.v2Login();
    listAnswers(envelope(true, "", "[" + inbound(1, "vless", client("a", UUID, "s")) + "]"));

    StepVerifier.create(gateway.inbounds(stubs.panel()))
        .assertNext(
            in -> assertThat(in.clients()).extracting(PanelClient::email).containsExactly("a"))
        .verifyComplete();

    wm.verify(
        postRequestedFor(urlEqualTo(BASE + "login"))
            .withRequestBody(equalTo("username=admin&password=pa55-w0rd%21")));
    wm.verify(getRequestedFor(urlEqualTo(LIST)).withHeader("Accept-Language", equalTo("en-US")));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {404, 401, 307})
  void an_expired_session_is_renewed_once_and_the_call_repeated(int expiredStatus) {
    stubs.v2Login();
    listAnswers(envelope(true, "", "[]"));
    wm.stubFor(
        get(urlEqualTo(LIST))
            .withCookie("3x-ui", equalTo("EXPIRED"))
            .willReturn(aResponse().withStatus(expiredStatus).withHeader("Location", BASE)));
    store.save(stubs.panel().key(), new PanelSession(Map.of("3x-ui", "EXPIRED"), null)).block();

    StepVerifier.create(gateway.inbounds(stubs.panel())).verifyComplete();

    wm.verify(exactly(1), postRequestedFor(urlEqualTo(BASE + "login")));
    wm.verify(exactly(2), getRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void on_v3_0_the_login_and_every_write_carry_the_csrf_token() {
    stubs.v3Login();
    wm.stubFor(
        post(urlEqualTo(ADD))
            .withHeader("X-CSRF-Token", equalTo("csrf-tok"))
            .withCookie("3x-ui", equalTo(SESSION))
            .withRequestBody(containing("\\\"email\\\":\\\"o1042\\\""))
            .willReturn(okJson(ADDED)));

    StepVerifier.create(gateway.addClients(classic(), 1, List.of(ours)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
  }

  @Test
  void an_api_token_replaces_login_and_cookie() {
    wm.stubFor(
        get(urlEqualTo(LIST))
            .withHeader("Authorization", equalTo("Bearer tok-123"))
            .willReturn(okJson(envelope(true, "", "[]"))));

    StepVerifier.create(gateway.inbounds(stubs.panel().withApiToken("tok-123"))).verifyComplete();

    wm.verify(exactly(0), postRequestedFor(urlEqualTo(BASE + "login")));
  }

  @Test
  void a_duplicate_email_of_someone_else_is_a_duplicate() {
    stubs.v2Login();
    addAnswers(envelope(false, "Something went wrong (Duplicate email: o1042\n)", null));
    inboundOneHolds(inbound(1, "vless", client("O1042", "another-uuid", "x")).toString());

    StepVerifier.create(gateway.addClients(classic(), 1, List.of(ours)))
        .expectNext(new PanelWriteOutcome.DuplicateEmail("o1042"))
        .verifyComplete();
  }

  @Test
  void a_duplicate_email_that_is_our_own_client_counts_as_added() {
    stubs.v2Login();
    addAnswers(envelope(false, "Something went wrong (Duplicate email: o1042\n)", null));
    inboundOneHolds(inbound(1, "vless", client("o1042", UUID, "k3v9q0x1m2n4b5c6")).toString());

    StepVerifier.create(gateway.addClients(classic(), 1, List.of(ours)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
  }

  @Test
  void updating_a_client_the_inbound_does_not_hold_is_not_found_and_sends_nothing() {
    stubs.v2Login();
    inboundOneHolds(inbound(1, "vless", client("someone", UUID, "s")).toString());

    StepVerifier.create(gateway.updateClient(classic(), 1, "o1042", ours))
        .expectNext(new PanelWriteOutcome.NotFound("client o1042"))
        .verifyComplete();

    wm.verify(
        exactly(0), postRequestedFor(urlEqualTo(BASE + "panel/api/inbounds/updateClient/" + UUID)));
  }

  @Test
  void an_update_goes_to_the_clients_current_uuid_with_the_whole_object() {
    stubs.v2Login();
    inboundOneHolds(inbound(1, "vless", client("o1042", UUID, "k3v9q0x1m2n4b5c6")).toString());
    wm.stubFor(
        post(urlEqualTo(BASE + "panel/api/inbounds/updateClient/" + UUID))
            .withRequestBody(containing("\\\"enable\\\":false"))
            .willReturn(okJson(envelope(true, "Inbound client has been updated.", null))));

    StepVerifier.create(gateway.setClientEnabled(classic(), 1, "o1042", false))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
  }

  @Test
  void deleting_a_client_unknown_to_a_v2_9_4_panel_is_not_found() {
    stubs.v2Login();
    inboundOneHolds(
        inbound(1, "vless", client("o1042", UUID, "s"), client("b", "u2", "t")).toString());
    wm.stubFor(
        post(urlEqualTo(BASE + "panel/api/inbounds/1/delClient/" + UUID))
            .willReturn(
                okJson(
                    envelope(
                        false,
                        "Something went wrong (Client Not Found In Inbound For ID: " + UUID + "\n)",
                        null))));

    StepVerifier.create(gateway.deleteClient(classic(), 1, "o1042"))
        .expectNextMatches(o -> o instanceof PanelWriteOutcome.NotFound)
        .verifyComplete();
  }

  @Test
  void a_500_with_an_empty_body_is_retried_and_then_an_outage() {
    stubs.v2Login();
    wm.stubFor(get(urlEqualTo(LIST)).willReturn(aResponse().withStatus(500)));

    StepVerifier.create(gateway.inbounds(stubs.panel()))
        .expectErrorSatisfies(
            e ->
                assertThat(((PanelUnavailableException) e).reason())
                    .isEqualTo(PanelUnavailableException.Reason.SERVER_ERROR))
        .verify();

    wm.verify(exactly(3), getRequestedFor(urlEqualTo(LIST)));
  }

  @Test
  void a_connection_dropped_after_the_panel_applied_the_add_is_not_added_twice() {
    stubs.v2Login();
    wm.stubFor(
        post(urlEqualTo(ADD)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    inboundOneHolds(inbound(1, "vless", client("o1042", UUID, "k3v9q0x1m2n4b5c6")).toString());

    StepVerifier.create(gateway.addClients(classic(), 1, List.of(ours)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();

    wm.verify(exactly(1), postRequestedFor(urlEqualTo(ADD)));
    wm.verify(exactly(1), getRequestedFor(urlEqualTo(GET_1)));
  }

  @Test
  void a_panel_with_thousands_of_clients_is_read_although_its_list_is_megabytes_long() {
    stubs.v2Login();
    ObjectNode[] clients = new ObjectNode[5_000];
    for (int i = 0; i < clients.length; i++) {
      clients[i] = client("client-" + i, "uuid-" + i, "sub-" + i);
    }
    listAnswers(envelope(true, "", "[" + inbound(1, "vless", clients) + "]"));

    StepVerifier.create(gateway.inbounds(classic()))
        .assertNext(inbound -> assertThat(inbound.clients()).hasSize(5_000))
        .verifyComplete();
  }

  @Test
  void the_probe_detects_the_classic_dialect_and_counts_clients() {
    stubs.v2Login();
    listAnswers(
        envelope(
            true,
            "",
            "[" + inbound(1, "vless", client("a", UUID, "s"), client("b", "u", "t")) + "]"));
    wm.stubFor(
        post(urlEqualTo(BASE + "panel/api/inbounds/onlines"))
            .withCookie("3x-ui", equalTo(SESSION))
            .willReturn(okJson(envelope(true, "", "[\"a\"]"))));

    StepVerifier.create(gateway.probe(stubs.panel()))
        .assertNext(
            health -> {
              assertThat(health.reachable()).isTrue();
              assertThat(health.dialect()).isEqualTo(PanelDialect.CLASSIC);
              assertThat(health.clientCount()).isEqualTo(2);
            })
        .verifyComplete();
    StepVerifier.create(gateway.onlineClients(stubs.panel()))
        .expectNext(java.util.Set.of("a"))
        .verifyComplete();
  }

  private void addAnswers(String body) {
    wm.stubFor(
        post(urlEqualTo(ADD)).withCookie("3x-ui", equalTo(SESSION)).willReturn(okJson(body)));
  }

  private com.thousandproxy.application.panel.PanelConnection classic() {
    return stubs.panel().pinnedTo(PanelDialect.CLASSIC);
  }
}
