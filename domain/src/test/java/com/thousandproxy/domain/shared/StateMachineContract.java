package com.thousandproxy.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every pair of states of one machine: each legal move returns the target, each illegal one
 * is rejected with both states named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StateMachineContract<S extends Enum<S> & State<S>> {

  protected abstract TransitionTable<S> expected();

  List<Arguments> legalPairs() {
    return expected().legalPairs();
  }

  List<Arguments> illegalPairs() {
    return expected().illegalPairs();
  }

  @ParameterizedTest(name = "{0} may move to {1}")
  @MethodSource("legalPairs")
  void aLegalMoveReturnsTheTargetState(S from, S to) {
    assertThat(from.canMoveTo(to)).isTrue();
    assertThat(from.moveTo(to)).isEqualTo(to);
  }

  @ParameterizedTest(name = "{0} may not move to {1}")
  @MethodSource("illegalPairs")
  void anIllegalMoveIsRejectedNamingBothStates(S from, S to) {
    assertThat(from.canMoveTo(to)).isFalse();
    assertThatThrownBy(() -> from.moveTo(to))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(from);
              assertThat(e.to()).isEqualTo(to);
              assertThat(e).hasMessageContaining(from.name()).hasMessageContaining(to.name());
            });
  }

  @Test
  void exactlyTheStatesWithoutSuccessorsAreTerminal() {
    expected()
        .states()
        .forEach(
            state ->
                assertThat(state.isTerminal())
                    .as("%s is terminal", state)
                    .isEqualTo(expected().successorsOf(state).isEmpty()));
  }
}
