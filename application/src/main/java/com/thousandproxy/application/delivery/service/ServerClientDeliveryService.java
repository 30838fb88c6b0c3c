package com.thousandproxy.application.delivery.service;

import com.thousandproxy.application.delivery.ClientDelivery;
import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.delivery.port.in.BrowseServerClientsUseCase;
import com.thousandproxy.application.delivery.port.in.RotateSubscriptionUseCase;
import com.thousandproxy.application.delivery.port.out.AccountTokenStore;
import com.thousandproxy.application.delivery.port.out.DeliveryRecords;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.identity.Caller;
import reactor.core.publisher.Mono;

/**
 * Shows customers their clients from our records and rotates subscription tokens; a client of
 * another user (unless the caller is an admin) or a deleted one is not found.
 */
public final class ServerClientDeliveryService
    implements BrowseServerClientsUseCase, RotateSubscriptionUseCase {

  private final DeliveryRecords records;
  private final AccountTokenStore accountTokens;
  private final SubscriptionCache cache;
  private final SubscriptionTokens tokens;

  public ServerClientDeliveryService(
      DeliveryRecords records,
      AccountTokenStore accountTokens,
      SubscriptionCache cache,
      SubscriptionTokens tokens) {
    this.records = records;
    this.accountTokens = accountTokens;
    this.cache = cache;
    this.tokens = tokens;
  }

  @Override
  public Mono<Page<ClientDelivery>> ownClients(Caller caller, PageRequest page) {
    return records.findByOwner(caller.userId(), page).map(found -> found.map(this::withToken));
  }

  @Override
  public Mono<ClientDelivery> client(Caller caller, long id) {
    return visible(caller, id).map(this::withToken);
  }

  @Override
  public Mono<String> accountToken(Caller caller) {
    return accountTokens
        .nonceOf(caller.userId())
        .map(tokens::tokenFor)
        .switchIfEmpty(Mono.defer(() -> rotateAccountToken(caller)));
  }

  @Override
  public Mono<ClientDelivery> rotateClientToken(Caller caller, long id) {
    return visible(caller, id)
        .flatMap(
            found -> {
              ServerClientId clientId = found.client().id();
              IssuedToken issued = tokens.issue();
              return records
                  .replaceSubscriptionToken(clientId, issued)
                  .then(cache.invalidateClient(clientId))
                  .then(records.find(clientId))
                  .map(this::withToken);
            });
  }

  @Override
  public Mono<String> rotateAccountToken(Caller caller) {
    IssuedToken issued = tokens.issue();
    return accountTokens.replace(caller.userId(), issued).thenReturn(issued.token());
  }

  private Mono<DeliveredClient> visible(Caller caller, long id) {
    return VisibleClients.find(records, caller, id);
  }

  private ClientDelivery withToken(DeliveredClient delivered) {
    String nonce = delivered.tokenNonce();
    return new ClientDelivery(delivered, nonce == null ? null : tokens.tokenFor(nonce));
  }
}
