package com.thousandproxy.domain.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 10 characters, at most 72 bytes (the most an adaptive hash
 * like BCrypt reads), not one of the passwords attackers try first, and not the e-mail itself.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_BYTES = 72;

  /** Passwords of 10+ characters from public breach top lists; compared lower-cased. */
  private static final Set<String> COMMON =
      Set.of(
          "1234567890",
          "12345678910",
          "123456789a",
          "0987654321",
          "1111111111",
          "0000000000",
          "1q2w3e4r5t",
          "1qaz2wsx3edc",
          "qwertyuiop",
          "qwerty1234",
          "qwerty12345",
          "qwerty123456",
          "asdfghjkl1",
          "zxcvbnm123",
          "password12",
          "password123",
          "password1234",
          "password!1",
          "passw0rd123",
          "p@ssw0rd123",
          "iloveyou12",
          "iloveyou123",
          "letmein123",
          "welcome123",
          "welcome1234",
          "admin12345",
          "admin123456",
          "administrator",
          "changeme123",
          "football123",
          "baseball123",
          "sunshine123",
          "princess123",
          "monkey12345",
          "dragon12345",
          "superman123",
          "starwars123",
          "trustno1234",
          "abcdefghij",
          "abc1234567",
          "abcd123456",
          "a123456789",
          "q1w2e3r4t5",
          "1q2w3e4r5t6y",
          "myspace123",
          "computer123",
          "internet123",
          "whatever123",
          "secret1234",
          "test123456");

  /** The reasons the password is refused; empty when it is acceptable. */
  public List<String> problems(PlainPassword password, EmailAddress email) {
    String value = password.reveal();
    List<String> problems = new ArrayList<>();
    if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
      problems.add("must be at least " + MIN_LENGTH + " characters long");
    }
    if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      problems.add("must be at most " + MAX_BYTES + " bytes long");
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower) || value.chars().distinct().count() <= 2) {
      problems.add("is too common, choose another one");
    }
    if (email != null && (lower.equals(email.value()) || lower.equals(email.localPart()))) {
      problems.add("must not be your e-mail address");
    }
    return problems;
  }

  /** Refuses a password that breaks the policy, listing every reason. */
  public void check(PlainPassword password, EmailAddress email) {
    List<String> problems = problems(password, email);
    if (!problems.isEmpty()) {
      throw new WeakPasswordException(problems);
    }
  }
}
