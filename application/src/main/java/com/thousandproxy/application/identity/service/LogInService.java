package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.InvalidCredentialsException;
import com.thousandproxy.application.identity.LogInCommand;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.TokenPair;
import com.thousandproxy.application.identity.port.in.LogInUseCase;
import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.InvalidEmailException;
import com.thousandproxy.domain.identity.PasswordHash;
import com.thousandproxy.domain.identity.PlainPassword;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Logs users in. Every failure looks the same from outside (same message, same hashing time), and
 * failures are counted per client address and per account: past the limit, even the right password
 * is refused until the bucket refills.
 */
public final class LogInService implements LogInUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final SessionTokens sessions;
  private final IdentityThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;

  /** Compared against when the account does not exist, so that both cases cost the same. */
  private final Mono<PasswordHash> decoyHash;

  public LogInService(
      UserRepository users,
      PasswordHasher hasher,
      SessionTokens sessions,
      IdentityThrottle throttle,
      AuditLog audit,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.sessions = sessions;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
    this.decoyHash = hasher.hash(new PlainPassword(SecretTokens.randomToken(24))).cache();
  }

  @Override
  public Mono<TokenPair> logIn(LogInCommand command) {
    String account = command.email().strip().toLowerCase(Locale.ROOT);
    return throttle
        .admitLogin(command.clientIp(), account)
        .then(Mono.defer(() -> find(account)))
        .flatMap(
            user ->
                verify(command.password(), user)
                    .flatMap(
                        ok ->
                            ok
                                ? succeed(user.orElseThrow(), command)
                                : fail(user, command, account)));
  }

  private Mono<Optional<User>> find(String account) {
    EmailAddress email;
    try {
      email = EmailAddress.of(account);
    } catch (InvalidEmailException malformed) {
      return Mono.just(Optional.empty());
    }
    return users.findByEmail(email).map(Optional::of).defaultIfEmpty(Optional.empty());
  }

  private Mono<Boolean> verify(PlainPassword password, Optional<User> user) {
    if (user.isEmpty()) {
      return decoyHash.flatMap(decoy -> hasher.matches(password, decoy)).map(ignored -> false);
    }
    return hasher.matches(password, user.get().passwordHash()).map(ok -> ok && user.get().active());
  }

  private Mono<TokenPair> succeed(User user, LogInCommand command) {
    return users
        .update(user.loggedInAt(clock.instant()))
        .flatMap(sessions::open)
        .flatMap(
            issued ->
                audit
                    .record(
                        AuditEvent.of(
                                AuditActor.user(user.id()),
                                IdentityAuditActions.LOGIN,
                                clock.instant())
                            .target(IdentityAuditActions.TARGET_USER, user.id().value())
                            .from(command.clientIp()))
                    .thenReturn(issued.pair()));
  }

  private Mono<TokenPair> fail(Optional<User> user, LogInCommand command, String account) {
    String reason =
        user.map(u -> u.active() ? "wrong_password" : "inactive_account").orElse("unknown_account");
    // The attempted e-mail of an unknown account is not recorded: people type passwords there.
    AuditEvent event =
        AuditEvent.of(AuditActor.ANONYMOUS, IdentityAuditActions.LOGIN_FAILED, clock.instant())
            .target(IdentityAuditActions.TARGET_USER, user.map(u -> u.id().value()).orElse(null))
            .details(Map.of("reason", reason))
            .from(command.clientIp());
    return throttle
        .recordLoginFailure(command.clientIp(), account)
        .then(audit.record(event))
        .then(Mono.error(new InvalidCredentialsException()));
  }
}
