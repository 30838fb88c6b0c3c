package com.thousandproxy.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();
  private final EmailAddress email = EmailAddress.of("carol.jones@example.com");

  @Test
  void aLongUncommonPasswordIsAccepted() {
    assertThat(policy.problems(new PlainPassword("correct horse battery"), email)).isEmpty();
  }

  @Test
  void aPasswordShorterThanTenCharactersIsRefused() {
    assertThat(policy.problems(new PlainPassword("Xy7#kq2!m"), email))
        .containsExactly("must be at least 10 characters long");
  }

  @Test
  void aCommonPasswordIsRefusedWhateverItsCase() {
    assertThat(policy.problems(new PlainPassword("Password123"), email))
        .containsExactly("is too common, choose another one");
    assertThat(policy.problems(new PlainPassword("aaaaaaaaaaaa"), email))
        .containsExactly("is too common, choose another one");
  }

  @Test
  void thePasswordMayNotBeTheEmailAddressOrItsLocalPart() {
    assertThat(policy.problems(new PlainPassword("Carol.Jones@example.com"), email))
        .containsExactly("must not be your e-mail address");
    assertThat(policy.problems(new PlainPassword("carol.jones"), email))
        .containsExactly("must not be your e-mail address");
  }

  @Test
  void aPasswordBeyondWhatTheHashReadsIsRefused() {
    assertThat(policy.problems(new PlainPassword("abcé".repeat(15)), email))
        .containsExactly("must be at most 72 bytes long");
  }

  @Test
  void checkThrowsWithEveryReason() {
    assertThatThrownBy(() -> policy.check(new PlainPassword("short"), email))
        .isInstanceOfSatisfying(
            WeakPasswordException.class,
            e -> assertThat(e.problems()).contains("must be at least 10 characters long"));
  }

  @Test
  void aPasswordNeverPrintsItself() {
    assertThat(new PlainPassword("s3cret-value-xyz").toString()).doesNotContain("s3cret");
    assertThat(new PasswordHash("$2a$12$abc").toString()).doesNotContain("abc");
  }
}
