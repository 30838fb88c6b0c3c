package com.thousandproxy.application.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementPlannerTest {

  private static InboundCandidate inbound(long id, long server, int capacity, int used) {
    return new InboundCandidate(new InboundId(id), new ServerId(server), capacity, used, null);
  }

  @Test
  void each_unit_goes_to_the_server_least_loaded_relative_to_its_capacity() {
    var small = inbound(1, 1, 10, 5);
    var big = inbound(2, 2, 100, 20);

    assertThat(PlacementPlanner.place(List.of(small, big), 3).orElseThrow())
        .containsExactly(big, big, big);
  }

  @Test
  void a_full_server_is_skipped_and_no_server_is_filled_beyond_its_capacity() {
    var full = inbound(1, 1, 10, 10);
    var almost = inbound(2, 2, 10, 8);

    assertThat(PlacementPlanner.place(List.of(full, almost), 2).orElseThrow())
        .containsExactly(almost, almost);
    assertThat(PlacementPlanner.place(List.of(full, almost), 3)).isEmpty();
  }

  @Test
  void two_inbounds_of_one_server_share_its_capacity() {
    var a = inbound(1, 1, 2, 0);
    var b = inbound(2, 1, 2, 0);

    assertThat(PlacementPlanner.place(List.of(a, b), 2).orElseThrow()).containsExactly(a, a);
    assertThat(PlacementPlanner.place(List.of(a, b), 3)).isEmpty();
  }

  @Test
  void an_empty_pool_places_nothing() {
    assertThat(PlacementPlanner.place(List.of(), 1)).isEmpty();
    assertThat(PlacementPlanner.place(List.of(), 0).orElseThrow()).isEmpty();
  }
}
