package com.thousandproxy.application.panel;

/**
 * The business answer of a panel to a write. Outages are not outcomes: they are a {@link
 * PanelUnavailableException}.
 */
public sealed interface PanelWriteOutcome {

  /** Done; also when an add finds the client already there and it is ours (a retried add). */
  record Applied() implements PanelWriteOutcome {}

  /** Another client on the panel already has this email (compared case-insensitively). */
  record DuplicateEmail(String email) implements PanelWriteOutcome {}

  /** The inbound or the client does not exist on the panel. */
  record NotFound(String what) implements PanelWriteOutcome {}

  /** A classic panel refuses to remove an inbound's last client. */
  record LastClientOfInbound(long inboundId) implements PanelWriteOutcome {}

  /** The panel refused the request as invalid; {@code reason} is its (English) message. */
  record Invalid(String reason) implements PanelWriteOutcome {}

  static PanelWriteOutcome applied() {
    return new Applied();
  }

  default boolean isApplied() {
    return this instanceof Applied;
  }
}
