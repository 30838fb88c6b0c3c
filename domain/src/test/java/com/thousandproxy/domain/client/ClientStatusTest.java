package com.thousandproxy.domain.client;

import static com.thousandproxy.domain.client.ClientStatus.ACTIVE;
import static com.thousandproxy.domain.client.ClientStatus.DELETED;
import static com.thousandproxy.domain.client.ClientStatus.EXPIRED;
import static com.thousandproxy.domain.client.ClientStatus.PENDING;
import static com.thousandproxy.domain.client.ClientStatus.SUSPENDED;

import com.thousandproxy.domain.shared.StateMachineContract;
import com.thousandproxy.domain.shared.TransitionTable;

class ClientStatusTest extends StateMachineContract<ClientStatus> {

  @Override
  protected TransitionTable<ClientStatus> expected() {
    return TransitionTable.of(ClientStatus.class)
        .from(PENDING, ACTIVE, DELETED)
        .from(ACTIVE, ACTIVE, SUSPENDED, EXPIRED, DELETED)
        .from(SUSPENDED, ACTIVE, EXPIRED, DELETED)
        .from(EXPIRED, ACTIVE, DELETED);
  }
}
