package com.thousandproxy.domain.shared;

import java.util.Set;

/**
 * A state of a lifecycle whose legal moves are listed by the state itself, so one table per machine
 * is the single place that says which transition is allowed.
 */
public interface State<S extends Enum<S> & State<S>> {

  /** The states this one may move to; empty for a terminal state. */
  Set<S> successors();

  default boolean canMoveTo(S next) {
    return successors().contains(next);
  }

  /**
   * Returns {@code next} when the move is legal, else throws {@link IllegalTransitionException}.
   */
  default S moveTo(S next) {
    if (!canMoveTo(next)) {
      throw new IllegalTransitionException((Enum<?>) this, next);
    }
    return next;
  }

  default boolean isTerminal() {
    return successors().isEmpty();
  }
}
