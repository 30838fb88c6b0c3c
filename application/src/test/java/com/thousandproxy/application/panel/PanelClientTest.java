package com.thousandproxy.application.panel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanelClientTest {

  private final PanelClient ours = PanelClient.withUuid("o1042", "uuid-1", "sub1");

  @Test
  void a_client_with_the_same_email_uuid_and_sub_id_is_ours_whatever_the_email_case() {
    assertThat(ours.sameAccountAs(PanelClient.withUuid("O1042", "uuid-1", "sub1"))).isTrue();
  }

  @Test
  void a_client_with_another_uuid_or_sub_id_is_not_ours() {
    assertThat(ours.sameAccountAs(PanelClient.withUuid("o1042", "uuid-2", "sub1"))).isFalse();
    assertThat(ours.sameAccountAs(PanelClient.withUuid("o1042", "uuid-1", "other"))).isFalse();
  }

  @Test
  void traffic_is_depleted_when_the_quota_is_used_or_the_expiry_has_passed() {
    var used = new PanelClientTraffic(1, "a", "", "", true, 60, 40, 100, 0, 0);
    var expired = new PanelClientTraffic(1, "a", "", "", true, 0, 0, 0, 1_000, 0);
    var fine = new PanelClientTraffic(1, "a", "", "", true, 10, 10, 100, 5_000, 0);
    assertThat(used.depletedAt(2_000)).isTrue();
    assertThat(expired.depletedAt(2_000)).isTrue();
    assertThat(fine.depletedAt(2_000)).isFalse();
  }
}
