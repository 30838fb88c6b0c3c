package com.thousandproxy.application.identity;

import java.util.Objects;

/**
 * How much guessing and sign-up traffic we take: failed logins per client address and per account,
 * and registrations per client address.
 */
public record IdentityLimits(
    RateLimit loginFailuresPerIp, RateLimit loginFailuresPerAccount, RateLimit registrationsPerIp) {

  public IdentityLimits {
    Objects.requireNonNull(loginFailuresPerIp, "loginFailuresPerIp");
    Objects.requireNonNull(loginFailuresPerAccount, "loginFailuresPerAccount");
    Objects.requireNonNull(registrationsPerIp, "registrationsPerIp");
  }
}
