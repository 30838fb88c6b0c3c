package com.thousandproxy.domain.shared;

import java.util.Objects;

/** A lifecycle was asked to move between two states its table does not connect. */
public final class IllegalTransitionException extends RuntimeException {

  private final Enum<?> from;
  private final Enum<?> to;

  public IllegalTransitionException(Enum<?> from, Enum<?> to) {
    super(
        "cannot move "
            + from.getDeclaringClass().getSimpleName()
            + " from "
            + from
            + " to "
            + Objects.requireNonNull(to, "to"));
    this.from = from;
    this.to = to;
  }

  public Enum<?> from() {
    return from;
  }

  public Enum<?> to() {
    return to;
  }
}
