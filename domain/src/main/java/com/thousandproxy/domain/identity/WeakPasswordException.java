package com.thousandproxy.domain.identity;

import java.util.List;

/** A new password breaks the {@link PasswordPolicy}; carries every reason. */
public final class WeakPasswordException extends IllegalArgumentException {

  private final transient List<String> problems;

  public WeakPasswordException(List<String> problems) {
    super("the password is not acceptable");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
