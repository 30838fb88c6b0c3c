package com.thousandproxy.application.provisioning.service;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.provisioning.ClientIdentities;
import com.thousandproxy.application.provisioning.InboundCandidate;
import com.thousandproxy.application.provisioning.ProvisionOrderCommand;
import com.thousandproxy.application.provisioning.ProvisioningOutcome;
import com.thousandproxy.application.provisioning.Refund;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.ProvisioningRefunds;
import com.thousandproxy.application.shared.Transactions;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/** The provisioning service over in-memory fakes of every port, at a fixed time. */
final class ProvisioningFixture {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final FakeOrders orders = new FakeOrders();
  final InMemoryServerClients clients = new InMemoryServerClients();
  final FakePanel panel = new FakePanel();
  final List<InboundCandidate> candidates = new ArrayList<>();
  final Map<String, Refund> refunds = new HashMap<>();
  final List<String> notices = new ArrayList<>();
  final List<String> deliveryTimes = new ArrayList<>();
  final SubscriptionTokens tokens = new SubscriptionTokens(new byte[32], new Random(7));
  boolean notifierDown;

  final ProvisionOrderService service;

  ProvisioningFixture() {
    Transactions direct =
        new Transactions() {
          @Override
          public <T> Mono<T> inTransaction(Supplier<Mono<T>> work) {
            return Mono.defer(work);
          }
        };
    PanelCalls calls =
        new PanelCalls(
            serverId ->
                Mono.just(
                    PanelConnection.withLogin(
                        "https://panel-" + serverId.value() + ".example/", "admin", "secret")),
            panel);
    CustomerNotifier notifier = new RecordingNotifier();
    ProvisioningRefunds wallet =
        refund -> Mono.fromSupplier(() -> refunds.putIfAbsent(refund.reference(), refund) == null);
    service =
        new ProvisionOrderService(
            orders,
            new PurchaseDelivery(
                clients,
                orders,
                planId -> Mono.fromSupplier(() -> List.copyOf(candidates)),
                calls,
                direct,
                new ClientIdentities(new Random(42)),
                tokens,
                notifier,
                clock),
            new RenewalDelivery(clients, orders, calls, direct, tokens, notifier, clock),
            new ProvisioningFailure(orders, clients, wallet, notifier, direct, clock),
            (orderId, paidAt, activeAt) ->
                deliveryTimes.add(orderId.value() + " paid " + paidAt + " active " + activeAt),
            clock);
  }

  ProvisioningFixture withInbound(long inboundId, long serverId, int capacity, int used) {
    candidates.add(
        new InboundCandidate(
            new InboundId(inboundId), new ServerId(serverId), capacity, used, null));
    return this;
  }

  ProvisioningOutcome run(OrderId orderId) {
    return service.provision(new ProvisionOrderCommand(orderId, false)).block();
  }

  ProvisioningOutcome runLast(OrderId orderId) {
    return service.provision(new ProvisionOrderCommand(orderId, true)).block();
  }

  private final class RecordingNotifier implements CustomerNotifier {

    @Override
    public Mono<Void> clientsDelivered(UserId customer, OrderId orderId, int count) {
      return note("delivered " + orderId.value() + " x" + count);
    }

    @Override
    public Mono<Void> clientRenewed(UserId customer, ServerClientId clientId, Instant expiresAt) {
      return note("renewed " + clientId.value() + " until " + expiresAt);
    }

    @Override
    public Mono<Void> orderFailed(UserId customer, OrderId orderId, Money refunded) {
      return note("failed " + orderId.value() + " refunded " + refunded.toPlainString());
    }

    private Mono<Void> note(String text) {
      if (notifierDown) {
        return Mono.error(new IllegalStateException("mail server down"));
      }
      return Mono.fromRunnable(() -> notices.add(text));
    }
  }
}
