package com.thousandproxy.domain.client;

import static com.thousandproxy.domain.client.ClientTestData.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.thousandproxy.domain.shared.IllegalTransitionException;
import com.thousandproxy.domain.shared.OperationMatrix;
import com.thousandproxy.domain.shared.TestClocks;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tries every operation on a client in every status (in time and under quota): allowed ones end in
 * the listed status, the others are refused naming both states.
 */
class ClientTransitionsTest {

  enum Operation {
    ACTIVATE(ServerClient::activate, ClientStatus.ACTIVE, EnumSet.of(ClientStatus.PENDING)),
    SUSPEND(ServerClient::suspend, ClientStatus.SUSPENDED, EnumSet.of(ClientStatus.ACTIVE)),
    RESUME(
        c -> c.resume(TestClocks.now()), ClientStatus.ACTIVE, EnumSet.of(ClientStatus.SUSPENDED)),
    RENEW(
        c -> c.renew(Duration.ofDays(30), TestClocks.now()),
        ClientStatus.ACTIVE,
        EnumSet.of(ClientStatus.ACTIVE, ClientStatus.SUSPENDED, ClientStatus.EXPIRED)),
    DELETE(
        ServerClient::delete,
        ClientStatus.DELETED,
        EnumSet.complementOf(EnumSet.of(ClientStatus.DELETED)));

    final UnaryOperator<ServerClient> action;
    final ClientStatus target;
    final Set<ClientStatus> allowedFrom;

    Operation(UnaryOperator<ServerClient> action, ClientStatus target, Set<ClientStatus> from) {
      this.action = action;
      this.target = target;
      this.allowedFrom = from;
    }
  }

  private static final OperationMatrix<Operation, ClientStatus> MATRIX =
      new OperationMatrix<>(
          List.of(Operation.values()),
          List.of(ClientStatus.values()),
          (operation, from) -> operation.allowedFrom.contains(from));

  static List<Arguments> allowed() {
    return MATRIX.allowedPairs();
  }

  static List<Arguments> refused() {
    return MATRIX.refusedPairs();
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("allowed")
  void anAllowedOperationReachesItsTarget(Operation operation, ClientStatus from) {
    ServerClient client = aClient().in(from).build();

    ServerClient moved = operation.action.apply(client);

    assertThat(moved.status()).isEqualTo(operation.target);
    assertThat(client.status()).as("the original is unchanged").isEqualTo(from);
  }

  @ParameterizedTest(name = "{0} from {1} is refused")
  @MethodSource("refused")
  void aRefusedOperationNamesBothStates(Operation operation, ClientStatus from) {
    ServerClient client = aClient().in(from).build();

    assertThatThrownBy(() -> operation.action.apply(client))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(from);
              assertThat(e.to()).isEqualTo(operation.target);
            });
  }
}
