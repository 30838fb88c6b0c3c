package com.thousandproxy.domain.server;

import com.thousandproxy.domain.shared.Checks;

/**
 * Points at a panel's login secrets kept encrypted outside the aggregate, so a {@link Server} can
 * be read, logged and compared without ever holding a password.
 */
public record CredentialsRef(String value) {

  public CredentialsRef {
    value = Checks.requireNonBlank(value, "credentials reference");
  }

  @Override
  public String toString() {
    return "CredentialsRef[" + value + "]";
  }
}
