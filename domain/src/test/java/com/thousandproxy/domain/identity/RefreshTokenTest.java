package com.thousandproxy.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.identity.RefreshToken.Standing;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefreshTokenTest {

  private final Instant created = Instant.parse("2026-03-01T10:00:00Z");
  private final Instant expires = created.plusSeconds(3600);

  private RefreshToken token(Instant revokedAt, Long replacedBy) {
    return new RefreshToken(7, new UserId(1), "fam", expires, revokedAt, replacedBy, created);
  }

  @Test
  void aFreshTokenIsUsableUntilItExpires() {
    assertThat(token(null, null).standingAt(created.plusSeconds(10))).isEqualTo(Standing.USABLE);
    assertThat(token(null, null).standingAt(expires)).isEqualTo(Standing.EXPIRED);
  }

  @Test
  void aRotatedTokenPresentedAgainIsAReuse() {
    assertThat(token(created.plusSeconds(5), 8L).standingAt(created.plusSeconds(10)))
        .isEqualTo(Standing.REUSED);
  }

  @Test
  void aRevokedTokenIsRefusedWithoutBeingAReuse() {
    assertThat(token(created.plusSeconds(5), null).standingAt(created.plusSeconds(10)))
        .isEqualTo(Standing.REVOKED);
  }
}
