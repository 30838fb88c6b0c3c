package com.thousandproxy.adapters.xui;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class DemoPanelClientGatewayTest {

  private final DemoPanelClientGateway demo = new DemoPanelClientGateway();
  private final PanelConnection panel =
      PanelConnection.withLogin("https://demo.invalid/", "demo", "demo");

  @Test
  void the_demo_panel_says_it_is_a_demo_and_keeps_clients_per_inbound() {
    StepVerifier.create(demo.addClients(panel, 1, List.of(PanelClient.withUuid("a", "u1", "s1"))))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
    StepVerifier.create(demo.probe(panel))
        .assertNext(
            h -> {
              assertThat(h.dialect()).isEqualTo(PanelDialect.DEMO);
              assertThat(h.clientCount()).isEqualTo(1);
            })
        .verifyComplete();
    StepVerifier.create(demo.inbound(panel, 1))
        .assertNext(in -> assertThat(in.clients()).extracting(PanelClient::email).contains("a"))
        .verifyComplete();
  }

  @Test
  void the_demo_panel_answers_like_a_panel() {
    demo.addClients(panel, 2, List.of(PanelClient.withUuid("Bob", "u2", "s2"))).block();
    StepVerifier.create(
            demo.addClients(panel, 3, List.of(PanelClient.withPassword("bob", "p", ""))))
        .expectNext(new PanelWriteOutcome.DuplicateEmail("bob"))
        .verifyComplete();
    StepVerifier.create(demo.deleteClient(panel, 2, "Bob"))
        .expectNext(new PanelWriteOutcome.LastClientOfInbound(2))
        .verifyComplete();
    StepVerifier.create(demo.setClientEnabled(panel, 2, "nobody", false))
        .expectNext(new PanelWriteOutcome.NotFound("client nobody"))
        .verifyComplete();
  }

  @Test
  void a_retried_add_of_our_own_clients_is_applied_and_adds_only_the_missing_ones() {
    PanelClient first = PanelClient.withUuid("o1-0", "u1", "s1");
    PanelClient second = PanelClient.withUuid("o1-1", "u2", "s2");
    demo.addClients(panel, 1, List.of(first)).block();

    StepVerifier.create(demo.addClients(panel, 1, List.of(first, second)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();
    StepVerifier.create(demo.addClients(panel, 1, List.of(first, second)))
        .expectNext(PanelWriteOutcome.applied())
        .verifyComplete();

    StepVerifier.create(demo.inbound(panel, 1))
        .assertNext(
            in ->
                assertThat(in.clients())
                    .extracting(PanelClient::email)
                    .containsExactly("o1-0", "o1-1"))
        .verifyComplete();
  }

  @Test
  void a_retried_add_whose_email_belongs_to_another_client_stays_a_duplicate() {
    demo.addClients(panel, 1, List.of(PanelClient.withUuid("o2-0", "u1", "s1"))).block();

    StepVerifier.create(
            demo.addClients(
                panel,
                1,
                List.of(
                    PanelClient.withUuid("o2-1", "u3", "s3"),
                    PanelClient.withUuid("O2-0", "someone-else", "s1"))))
        .expectNext(new PanelWriteOutcome.DuplicateEmail("O2-0"))
        .verifyComplete();
    StepVerifier.create(
            demo.addClients(panel, 2, List.of(PanelClient.withUuid("o2-0", "u1", "s1"))))
        .as("emails are unique panel-wide: ours on inbound 1 is a duplicate on inbound 2")
        .expectNext(new PanelWriteOutcome.DuplicateEmail("o2-0"))
        .verifyComplete();
    StepVerifier.create(demo.inbound(panel, 1))
        .assertNext(
            in -> assertThat(in.clients()).extracting(PanelClient::email).containsExactly("o2-0"))
        .verifyComplete();
  }
}
