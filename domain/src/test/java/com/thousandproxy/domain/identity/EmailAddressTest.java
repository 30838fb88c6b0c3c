package com.thousandproxy.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

  @Test
  void anAddressIsTrimmedAndLowerCasedSoThatSpellingsOfOneAddressAreEqual() {
    assertThat(EmailAddress.of("  Alice.Smith@Example.COM "))
        .isEqualTo(EmailAddress.of("alice.smith@example.com"));
    assertThat(EmailAddress.of("Bob@Example.org").value()).isEqualTo("bob@example.org");
  }

  @Test
  void textThatIsNoAddressIsRefused() {
    for (String bad :
        new String[] {"", "bob", "bob@", "@example.com", "bob@example", "a b@c.de", "x@y@z.com"}) {
      assertThatThrownBy(() -> EmailAddress.of(bad))
          .as(bad)
          .isInstanceOf(InvalidEmailException.class);
    }
  }

  @Test
  void anAddressLongerThanTheColumnIsRefused() {
    String longDomain = "a".repeat(250) + ".com";
    assertThatThrownBy(() -> EmailAddress.of("bob@" + longDomain))
        .isInstanceOf(InvalidEmailException.class);
  }
}
