package com.thousandproxy.domain.client;

import com.thousandproxy.domain.shared.State;
import java.util.EnumSet;
import java.util.Set;

/** The life of a client on a panel, from being ordered to being deleted. */
public enum ClientStatus implements State<ClientStatus> {
  /** Paid for, not yet created on the panel. */
  PENDING,
  ACTIVE,
  /** Switched off by an admin or for using up its traffic; its links stop working. */
  SUSPENDED,
  EXPIRED,
  DELETED;

  @Override
  public Set<ClientStatus> successors() {
    return switch (this) {
      case PENDING -> EnumSet.of(ACTIVE, DELETED);
      // ACTIVE to ACTIVE is a renewal that extends a client still running
      case ACTIVE -> EnumSet.of(ACTIVE, SUSPENDED, EXPIRED, DELETED);
      case SUSPENDED -> EnumSet.of(ACTIVE, EXPIRED, DELETED);
      case EXPIRED -> EnumSet.of(ACTIVE, DELETED);
      case DELETED -> EnumSet.noneOf(ClientStatus.class);
    };
  }
}
