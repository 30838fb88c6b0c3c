package com.thousandproxy.application.delivery.service;

import com.thousandproxy.application.delivery.ClientNotRenewableException;
import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.RenewServerClientCommand;
import com.thousandproxy.application.delivery.port.in.RenewServerClientUseCase;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.ordering.OrderLine;
import com.thousandproxy.application.ordering.PlaceOrderCommand;
import com.thousandproxy.application.ordering.PlacedOrder;
import com.thousandproxy.application.ordering.port.in.PlaceOrderUseCase;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClient;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import reactor.core.publisher.Mono;

/**
 * A renewal is an ordinary order for the client's plan (one unit, paid like any order) marked as
 * renewing that client, so provisioning extends the same panel client when it is paid.
 */
public final class RenewServerClientService implements RenewServerClientUseCase {

  private static final Set<ClientStatus> RENEWABLE =
      EnumSet.of(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, ClientStatus.EXPIRED);

  private final DeliveryRecords records;
  private final PlaceOrderUseCase placeOrder;

  public RenewServerClientService(DeliveryRecords records, PlaceOrderUseCase placeOrder) {
    this.records = records;
    this.placeOrder = placeOrder;
  }

  @Override
  public Mono<PlacedOrder> renew(RenewServerClientCommand command) {
    return VisibleClients.find(records, command.caller(), command.clientId())
        .flatMap(found -> placeOrder.place(order(command, found)));
  }

  private static PlaceOrderCommand order(RenewServerClientCommand command, DeliveredClient found) {
    ServerClient client = found.client();
    if (!RENEWABLE.contains(client.status())) {
      throw new ClientNotRenewableException(client.id().value(), client.status());
    }
    return new PlaceOrderCommand(
        command.caller().userId(),
        List.of(new OrderLine(found.planId(), 1)),
        command.method(),
        command.payCurrency(),
        command.idempotencyKey(),
        client.id());
  }
}
