package com.thousandproxy.domain.identity;

/** The text is not an e-mail address we accept. */
public final class InvalidEmailException extends IllegalArgumentException {

  public InvalidEmailException() {
    super("not a valid e-mail address");
  }
}
