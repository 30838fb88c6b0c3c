package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.OwnAccountLockoutException;
import com.thousandproxy.application.identity.UpdateUserCommand;
import com.thousandproxy.application.identity.UserNotFoundException;
import com.thousandproxy.application.identity.port.in.AdministerUsersUseCase;
import com.thousandproxy.application.identity.port.out.RefreshTokenRepository;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Admin changes to accounts. Deactivation also ends every session of the account; access tokens
 * already out stop working at their next request because callers are looked up per request.
 */
public final class UserAdministrationService implements AdministerUsersUseCase {

  private final UserRepository users;
  private final RefreshTokenRepository refreshTokens;
  private final AuditLog audit;
  private final Clock clock;

  public UserAdministrationService(
      UserRepository users, RefreshTokenRepository refreshTokens, AuditLog audit, Clock clock) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<Page<User>> list(PageRequest page) {
    return users.page(page);
  }

  @Override
  public Mono<User> update(UpdateUserCommand command) {
    boolean self = command.admin().userId().equals(command.target());
    if (self
        && ((command.role() != null && command.role() != Role.ADMIN)
            || Boolean.FALSE.equals(command.active()))) {
      return Mono.error(new OwnAccountLockoutException());
    }
    return users
        .findById(command.target())
        .switchIfEmpty(Mono.error(UserNotFoundException::new))
        .flatMap(before -> apply(before, command));
  }

  private Mono<User> apply(User before, UpdateUserCommand command) {
    Instant now = clock.instant();
    User after = before;
    if (command.role() != null && command.role() != before.role()) {
      after = after.withRole(command.role(), now);
    }
    if (command.active() != null && command.active() != before.active()) {
      after = after.withActive(command.active(), now);
    }
    if (after == before) {
      return Mono.just(before);
    }
    List<AuditEvent> events = new ArrayList<>();
    if (after.role() != before.role()) {
      events.add(
          event(command, IdentityAuditActions.ROLE_CHANGED, now)
              .details(Map.of("from", before.role().name(), "to", after.role().name())));
    }
    if (after.active() != before.active()) {
      events.add(
          event(
              command,
              after.active()
                  ? IdentityAuditActions.USER_ACTIVATED
                  : IdentityAuditActions.USER_DEACTIVATED,
              now));
    }
    Mono<Long> endSessions =
        after.active() ? Mono.just(0L) : refreshTokens.revokeAllOf(after.id(), now);
    return users
        .update(after)
        .flatMap(
            saved ->
                endSessions
                    .thenMany(Flux.fromIterable(events))
                    .concatMap(audit::record)
                    .then(Mono.just(saved)));
  }

  private static AuditEvent event(UpdateUserCommand command, String action, Instant now) {
    return AuditEvent.of(AuditActor.of(command.admin()), action, now)
        .target(IdentityAuditActions.TARGET_USER, command.target().value())
        .from(command.clientIp());
  }
}
