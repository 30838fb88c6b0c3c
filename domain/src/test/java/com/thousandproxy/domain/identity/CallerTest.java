package com.thousandproxy.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.user.UserId;
import org.junit.jupiter.api.Test;

class CallerTest {

  private final UserId alice = new UserId(1);
  private final UserId bob = new UserId(2);

  @Test
  void anOwnerMayAccessTheirOwnResource() {
    assertThat(new Caller(alice, Role.CUSTOMER).mayAccessResourceOf(alice)).isTrue();
  }

  @Test
  void anotherUserMayNotAccessItWhateverTheirNonAdminRole() {
    assertThat(new Caller(bob, Role.CUSTOMER).mayAccessResourceOf(alice)).isFalse();
    assertThat(new Caller(bob, Role.RESELLER).mayAccessResourceOf(alice)).isFalse();
  }

  @Test
  void anAdminMayAccessAnyonesResource() {
    assertThat(new Caller(bob, Role.ADMIN).mayAccessResourceOf(alice)).isTrue();
  }

  @Test
  void onlyResellersAndAdminsMayUseApiKeys() {
    assertThat(Role.CUSTOMER.mayUseApiKeys()).isFalse();
    assertThat(Role.RESELLER.mayUseApiKeys()).isTrue();
    assertThat(Role.ADMIN.mayUseApiKeys()).isTrue();
  }
}
