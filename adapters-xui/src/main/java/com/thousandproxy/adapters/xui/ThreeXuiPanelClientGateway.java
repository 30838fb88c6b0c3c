package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelDialect;
import com.thousandproxy.application.panel.PanelHealth;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.panel.port.out.PanelInboundReader;
import com.thousandproxy.application.panel.port.out.PanelWriteLock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Provisions clients on real 3x-ui panels over their HTTP API, in whichever dialect each panel
 * speaks (detected at first contact, or pinned). Writes to a panel are serialised: in this process
 * by a queue per panel, across instances by the {@link PanelWriteLock} held around each write with
 * its lookups and retries. Reads and lookup-guarded writes are retried on outages; every HTTP call
 * runs under the panel's time limit, circuit breaker and bulkhead. Logs go to the {@code xui}
 * logger and never carry secrets.
 */
public final class ThreeXuiPanelClientGateway implements PanelClientGateway, PanelInboundReader {

  private static final Logger LOG = LoggerFactory.getLogger("xui");
  private static final String LIST = "panel/api/inbounds/list";

  private final PanelGuards guards;
  private final XuiSessions sessions;
  private final DialectDetector detector;
  private final ClassicClientApi classic;
  private final ClientRecordsApi records;
  private final PanelWriteSerializer serializer = new PanelWriteSerializer();
  private final SafeWrites safeWrites;
  private final PanelWriteLock writeLock;

  public ThreeXuiPanelClientGateway(
      XuiSettings settings, PanelSessionStore sessionStore, PanelWriteLock writeLock) {
    this.guards = new PanelGuards(settings);
    this.sessions = new XuiSessions(new XuiHttp(settings, guards), sessionStore);
    this.detector = new DialectDetector(sessions);
    this.classic = new ClassicClientApi(sessions);
    this.records = new ClientRecordsApi(sessions);
    this.safeWrites = new SafeWrites(guards);
    this.writeLock = writeLock;
  }

  @Override
  public Mono<PanelWriteOutcome> addClients(
      PanelConnection panel, long inboundId, List<PanelClient> clients) {
    if (clients.isEmpty()) {
      return Mono.just(PanelWriteOutcome.applied());
    }
    return write(
        panel,
        "add " + clients.size() + " client(s) to inbound " + inboundId,
        api -> safeWrites.add(panel, api, inboundId, List.copyOf(clients)));
  }

  @Override
  public Mono<PanelWriteOutcome> updateClient(
      PanelConnection panel, long inboundId, String email, PanelClient client) {
    return write(
        panel,
        "update " + email + " on inbound " + inboundId,
        api -> safeWrites.repeatable(panel, () -> api.update(panel, inboundId, email, client)));
  }

  @Override
  public Mono<PanelWriteOutcome> setClientEnabled(
      PanelConnection panel, long inboundId, String email, boolean enabled) {
    return write(
        panel,
        (enabled ? "enable " : "disable ") + email + " on inbound " + inboundId,
        api ->
            safeWrites.repeatable(
                panel, () -> safeWrites.setEnabled(panel, api, inboundId, email, enabled)));
  }

  @Override
  public Mono<PanelWriteOutcome> deleteClient(PanelConnection panel, long inboundId, String email) {
    return write(
        panel,
        "delete " + email + " from inbound " + inboundId,
        api -> safeWrites.delete(panel, api, inboundId, email));
  }

  @Override
  public Mono<PanelWriteOutcome> resetClientTraffic(
      PanelConnection panel, long inboundId, String email) {
    return write(
        panel,
        "reset traffic of " + email + " on inbound " + inboundId,
        api -> safeWrites.repeatable(panel, () -> api.resetTraffic(panel, inboundId, email)));
  }

  @Override
  public Flux<PanelClientTraffic> clientTraffic(PanelConnection panel) {
    return list(panel).flatMapIterable(PanelModelParser::traffic);
  }

  @Override
  public Flux<PanelInbound> inbounds(PanelConnection panel) {
    return list(panel).map(PanelModelParser::inbound);
  }

  @Override
  public Mono<PanelInbound> inbound(PanelConnection panel, long inboundId) {
    return read(panel, classic.inbound(panel, inboundId)).flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<Set<String>> onlineClients(PanelConnection panel) {
    return read(panel, api(panel).flatMap(api -> api.onlines(panel)));
  }

  @Override
  public Mono<PanelHealth> probe(PanelConnection panel) {
    return Mono.defer(
        () -> {
          long start = System.nanoTime();
          return detector
              .dialect(panel)
              .flatMap(
                  dialect ->
                      listOnce(panel)
                          .map(inbounds -> PanelHealth.up(since(start), dialect, count(inbounds))))
              .onErrorResume(
                  PanelUnavailableException.class,
                  e -> Mono.just(PanelHealth.down(since(start), e.getMessage())))
              .doOnNext(health -> LOG.info("probe {}: {}", panel.baseUrl(), health));
        });
  }

  private static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static int count(JsonNode inbounds) {
    int clients = 0;
    for (JsonNode inbound : inbounds.values()) {
      clients += PanelModelParser.inbound(inbound).clients().size();
    }
    return clients;
  }

  private Flux<JsonNode> list(PanelConnection panel) {
    return read(panel, listOnce(panel)).flatMapIterable(JsonNode::values);
  }

  private Mono<JsonNode> listOnce(PanelConnection panel) {
    return sessions
        .envelope(panel, HttpMethod.GET, LIST, XuiHttp.Body.NONE)
        .map(
            envelope -> {
              if (!envelope.success()) {
                throw new PanelUnavailableException(
                    panel.baseUrl().toString(), Reason.SERVER_ERROR, envelope.msg().trim());
              }
              return envelope.obj();
            });
  }

  private <T> Mono<T> read(PanelConnection panel, Mono<T> read) {
    return guards.retrying(panel, read).doOnError(e -> onFailure(panel, "read", e));
  }

  private Mono<PanelWriteOutcome> write(
      PanelConnection panel, String what, Function<ClientApi, Mono<PanelWriteOutcome>> write) {
    return serializer
        .serialize(
            panel.key(),
            () -> writeLock.whileHolding(panel, Mono.defer(() -> api(panel).flatMap(write))))
        .doOnNext(outcome -> LOG.info("{}: {} -> {}", panel.baseUrl(), what, outcome))
        .doOnError(e -> onFailure(panel, what, e));
  }

  private Mono<ClientApi> api(PanelConnection panel) {
    return detector
        .dialect(panel)
        .map(
            dialect -> {
              if (dialect == PanelDialect.DEMO) {
                throw new IllegalArgumentException("a real panel cannot be pinned to DEMO");
              }
              return dialect == PanelDialect.CLIENT_RECORDS ? records : classic;
            });
  }

  private void onFailure(PanelConnection panel, String what, Throwable error) {
    if (error instanceof PanelUnavailableException e && e.reason() == Reason.API_MISSING) {
      detector.forget(panel);
    }
    LOG.warn("{}: {} failed: {}", panel.baseUrl(), what, error.getMessage());
  }
}
