package com.thousandproxy.application.panel;

/**
 * The panel could not be used: down, slow, answering errors, refusing our login, or shed by our own
 * circuit breaker / bulkhead. Whether a write took effect is unknown unless the reason says the
 * call was never sent ({@link Reason#CIRCUIT_OPEN}, {@link Reason#BUSY}).
 */
public class PanelUnavailableException extends RuntimeException {

  /** Why the panel could not be used. */
  public enum Reason {
    UNREACHABLE,
    TIMEOUT,
    SERVER_ERROR,
    LOGIN_REJECTED,
    API_MISSING,
    CIRCUIT_OPEN,
    BUSY
  }

  private final String panel;
  private final Reason reason;

  public PanelUnavailableException(String panel, Reason reason, String message, Throwable cause) {
    super(
        panel + ": " + reason + (message == null || message.isEmpty() ? "" : " (" + message + ")"),
        cause);
    this.panel = panel;
    this.reason = reason;
  }

  public PanelUnavailableException(String panel, Reason reason, String message) {
    this(panel, reason, message, null);
  }

  public String panel() {
    return panel;
  }

  public Reason reason() {
    return reason;
  }
}
