package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.EmailAlreadyRegisteredException;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.RegisterUserCommand;
import com.thousandproxy.application.identity.port.in.RegisterUserUseCase;
import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.domain.identity.NewUser;
import com.thousandproxy.domain.identity.PasswordPolicy;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import reactor.core.publisher.Mono;

/** Creates customer accounts: throttled per address, strong passwords only, unique e-mails. */
public final class RegisterUserService implements RegisterUserUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final IdentityThrottle throttle;
  private final AuditLog audit;
  private final Clock clock;

  public RegisterUserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      IdentityThrottle throttle,
      AuditLog audit,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.throttle = throttle;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<User> register(RegisterUserCommand command) {
    return Mono.fromRunnable(() -> policy.check(command.password(), command.email()))
        .then(throttle.admitRegistration(command.clientIp()))
        .then(Mono.defer(() -> users.findByEmail(command.email())))
        .flatMap(existing -> Mono.<User>error(new EmailAlreadyRegisteredException()))
        .switchIfEmpty(Mono.defer(() -> create(command)));
  }

  private Mono<User> create(RegisterUserCommand command) {
    return hasher
        .hash(command.password())
        .flatMap(
            hash ->
                users.add(NewUser.customer(command.email(), hash, command.name(), clock.instant())))
        .flatMap(
            user ->
                audit
                    .record(
                        AuditEvent.of(
                                AuditActor.user(user.id()),
                                IdentityAuditActions.REGISTERED,
                                clock.instant())
                            .target(IdentityAuditActions.TARGET_USER, user.id().value())
                            .from(command.clientIp()))
                    .thenReturn(user));
  }
}
