package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.identity.IdentityLimits;
import com.thousandproxy.application.identity.RateLimitDecision;
import com.thousandproxy.application.identity.RateLimitedException;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import reactor.core.publisher.Mono;

/**
 * The brute-force brakes of identity: failed logins per client address and per account (the account
 * keyed by a digest, so no e-mail sits in Redis), registrations per client address.
 */
public final class IdentityThrottle {

  private final RateLimiter limiter;
  private final IdentityLimits limits;

  public IdentityThrottle(RateLimiter limiter, IdentityLimits limits) {
    this.limiter = limiter;
    this.limits = limits;
  }

  /** Fails with {@link RateLimitedException} while either failure budget is used up. */
  public Mono<Void> admitLogin(String clientIp, String account) {
    return Mono.zip(
            limiter.acquire(ipKey(clientIp), limits.loginFailuresPerIp(), 0),
            limiter.acquire(accountKey(account), limits.loginFailuresPerAccount(), 0))
        .flatMap(
            decisions -> {
              RateLimitDecision ip = decisions.getT1();
              RateLimitDecision acct = decisions.getT2();
              if (ip.allowed() && acct.allowed()) {
                return Mono.empty();
              }
              return Mono.error(
                  new RateLimitedException(
                      ip.retryAfter().compareTo(acct.retryAfter()) > 0
                          ? ip.retryAfter()
                          : acct.retryAfter()));
            });
  }

  /** Spends one token of each failure budget. */
  public Mono<Void> recordLoginFailure(String clientIp, String account) {
    return limiter
        .acquire(ipKey(clientIp), limits.loginFailuresPerIp(), 1)
        .then(limiter.acquire(accountKey(account), limits.loginFailuresPerAccount(), 1))
        .then();
  }

  /** Spends one registration of the address, or fails with {@link RateLimitedException}. */
  public Mono<Void> admitRegistration(String clientIp) {
    return limiter
        .acquire("register:ip:" + clientIp, limits.registrationsPerIp(), 1)
        .flatMap(
            decision ->
                decision.allowed()
                    ? Mono.<Void>empty()
                    : Mono.error(new RateLimitedException(decision.retryAfter())));
  }

  private static String ipKey(String clientIp) {
    return "login-fail:ip:" + clientIp;
  }

  private static String accountKey(String account) {
    return "login-fail:account:" + SecretTokens.sha256Hex(account);
  }
}
