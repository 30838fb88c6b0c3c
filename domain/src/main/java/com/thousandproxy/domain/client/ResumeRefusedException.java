package com.thousandproxy.domain.client;

/** A suspended client was to be resumed although its time or its traffic has run out. */
public final class ResumeRefusedException extends RuntimeException {

  /** Why it stays off: renewing (or resetting its traffic) is the way back. */
  public enum Reason {
    EXPIRED,
    OVER_QUOTA
  }

  private final ServerClientId clientId;
  private final Reason reason;

  public ResumeRefusedException(ServerClientId clientId, Reason reason) {
    super("client " + clientId.value() + " cannot be resumed: " + reason);
    this.clientId = clientId;
    this.reason = reason;
  }

  public ServerClientId clientId() {
    return clientId;
  }

  public Reason reason() {
    return reason;
  }
}
