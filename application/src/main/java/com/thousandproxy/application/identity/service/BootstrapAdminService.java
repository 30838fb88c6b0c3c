package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.EmailAlreadyRegisteredException;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.port.in.BootstrapAdminUseCase;
import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.NewUser;
import com.thousandproxy.domain.identity.PasswordPolicy;
import com.thousandproxy.domain.identity.PlainPassword;
import com.thousandproxy.domain.identity.Role;
import java.time.Clock;
import reactor.core.publisher.Mono;

/**
 * Creates the first admin. An existing account with the configured e-mail is never promoted: it may
 * have been registered by anyone, who would then own the platform.
 */
public final class BootstrapAdminService implements BootstrapAdminUseCase {

  private final UserRepository users;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final Clock clock;

  public BootstrapAdminService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AuditLog audit,
      Clock clock) {
    this.users = users;
    this.hasher = hasher;
    this.policy = policy;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<Boolean> ensureAdmin(EmailAddress email, PlainPassword password) {
    return users
        .existsWithRole(Role.ADMIN)
        .flatMap(exists -> exists ? Mono.just(false) : create(email, password));
  }

  private Mono<Boolean> create(EmailAddress email, PlainPassword password) {
    return Mono.fromRunnable(() -> policy.check(password, email))
        .then(users.findByEmail(email))
        .flatMap(taken -> Mono.<Boolean>error(new EmailAlreadyRegisteredException()))
        .switchIfEmpty(
            Mono.defer(
                () ->
                    hasher
                        .hash(password)
                        .flatMap(
                            hash ->
                                users.add(
                                    new NewUser(
                                        email, hash, "Administrator", Role.ADMIN, clock.instant())))
                        .flatMap(
                            admin ->
                                audit.record(
                                    AuditEvent.of(
                                            AuditActor.SYSTEM,
                                            IdentityAuditActions.ADMIN_BOOTSTRAPPED,
                                            clock.instant())
                                        .target(
                                            IdentityAuditActions.TARGET_USER, admin.id().value())))
                        .thenReturn(true)));
  }
}
