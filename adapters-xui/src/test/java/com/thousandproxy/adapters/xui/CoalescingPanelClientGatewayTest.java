package com.thousandproxy.adapters.xui;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

class CoalescingPanelClientGatewayTest {

  private final PanelConnection panel =
      PanelConnection.withLogin("https://panel.invalid/", "admin", "secret");
  private final SlowPanel slow = new SlowPanel();

  @Test
  void adds_that_arrive_while_a_call_is_on_its_way_go_together_in_the_next_call() {
    var gateway = new CoalescingPanelClientGateway(slow, 100);

    List<PanelWriteOutcome> outcomes = addAtOnce(gateway, "a", "b", "c", "d", "e", "f");

    assertThat(outcomes).hasSize(6).allMatch(PanelWriteOutcome::isApplied);
    assertThat(slow.callSizes).containsExactly(1, 5);
    assertThat(slow.demo.inbound(panel, 1).block().clients()).hasSize(6);
  }

  @Test
  void a_merged_call_takes_at_most_the_configured_number_of_clients() {
    var gateway = new CoalescingPanelClientGateway(slow, 2);

    addAtOnce(gateway, "a", "b", "c", "d", "e", "f");

    assertThat(slow.callSizes).containsExactly(1, 2, 2, 1);
  }

  @Test
  void a_merged_call_the_panel_refuses_is_repeated_per_add_so_only_the_culprit_fails() {
    slow.demo.addClients(panel, 2, List.of(PanelClient.withUuid("taken", "other", "s"))).block();
    var gateway = new CoalescingPanelClientGateway(slow, 100);

    List<PanelWriteOutcome> outcomes = addAtOnce(gateway, "a", "b", "taken", "d");

    assertThat(outcomes)
        .containsExactly(
            PanelWriteOutcome.applied(),
            PanelWriteOutcome.applied(),
            new PanelWriteOutcome.DuplicateEmail("taken"),
            PanelWriteOutcome.applied());
    assertThat(slow.callSizes).containsExactly(1, 3, 1, 1, 1);
  }

  @Test
  void a_merged_call_runs_in_the_context_of_its_first_add_not_of_the_lane_s_first_caller() {
    var gateway = new CoalescingPanelClientGateway(slow, 100);

    addAtOnce(gateway, "a", "b", "c");

    assertThat(slow.callers).containsExactly("caller-a", "caller-b");
  }

  /** Adds one client per email at once, each from a caller with its own context. */
  private List<PanelWriteOutcome> addAtOnce(PanelClientGateway gateway, String... emails) {
    return Flux.fromArray(emails)
        .flatMapSequential(
            email ->
                gateway
                    .addClients(
                        panel, 1, List.of(PanelClient.withUuid(email, "uuid-" + email, email)))
                    .contextWrite(Context.of("caller", "caller-" + email)))
        .collectList()
        .block(Duration.ofSeconds(5));
  }

  /** The demo panel behind a 50 ms round trip, recording how many clients each add carried. */
  private static final class SlowPanel implements PanelClientGateway {

    final DemoPanelClientGateway demo = new DemoPanelClientGateway();
    final List<Integer> callSizes = new CopyOnWriteArrayList<>();
    final List<String> callers = new CopyOnWriteArrayList<>();

    @Override
    public Mono<PanelWriteOutcome> addClients(
        PanelConnection panel, long inboundId, List<PanelClient> clients) {
      return Mono.deferContextual(
          context ->
              Mono.delay(Duration.ofMillis(50))
                  .doOnNext(
                      tick -> {
                        callSizes.add(clients.size());
                        callers.add(context.getOrDefault("caller", "none"));
                      })
                  .then(demo.addClients(panel, inboundId, clients)));
    }

    @Override
    public Mono<PanelWriteOutcome> updateClient(
        PanelConnection panel, long inboundId, String email, PanelClient client) {
      return demo.updateClient(panel, inboundId, email, client);
    }

    @Override
    public Mono<PanelWriteOutcome> setClientEnabled(
        PanelConnection panel, long inboundId, String email, boolean enabled) {
      return demo.setClientEnabled(panel, inboundId, email, enabled);
    }

    @Override
    public Mono<PanelWriteOutcome> deleteClient(
        PanelConnection panel, long inboundId, String email) {
      return demo.deleteClient(panel, inboundId, email);
    }

    @Override
    public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
      return demo.clientTraffic(panel);
    }

    @Override
    public Mono<PanelWriteOutcome> resetClientTraffic(
        PanelConnection panel, long inboundId, String email) {
      return demo.resetClientTraffic(panel, inboundId, email);
    }

    @Override
    public Mono<Set<String>> onlineClients(PanelConnection panel) {
      return demo.onlineClients(panel);
    }

    @Override
    public Mono<PanelHealth> probe(PanelConnection panel) {
      return demo.probe(panel);
    }
  }
}
