package com.thousandproxy.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.params.provider.Arguments;

/** Every (operation, state) pair of an aggregate, split into the allowed and the refused ones. */
public final class OperationMatrix<O, S> {

  private final List<O> operations;
  private final List<S> states;
  private final BiPredicate<O, S> allowed;

  public OperationMatrix(List<O> operations, List<S> states, BiPredicate<O, S> allowed) {
    this.operations = List.copyOf(operations);
    this.states = List.copyOf(states);
    this.allowed = allowed;
  }

  public List<Arguments> allowedPairs() {
    return pairs(true);
  }

  public List<Arguments> refusedPairs() {
    return pairs(false);
  }

  private List<Arguments> pairs(boolean wanted) {
    var pairs = new ArrayList<Arguments>();
    for (O operation : operations) {
      for (S state : states) {
        if (allowed.test(operation, state) == wanted) {
          pairs.add(Arguments.of(operation, state));
        }
      }
    }
    return pairs;
  }
}
