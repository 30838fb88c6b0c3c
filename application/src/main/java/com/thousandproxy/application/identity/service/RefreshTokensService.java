package com.thousandproxy.application.identity.service;

import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.IdentityAuditActions;
import com.thousandproxy.application.identity.InvalidRefreshTokenException;
import com.thousandproxy.application.identity.LogOutCommand;
import com.thousandproxy.application.identity.RefreshTokensCommand;
import com.thousandproxy.application.identity.SecretTokens;
import com.thousandproxy.application.identity.TokenPair;
import com.thousandproxy.application.identity.port.in.LogOutUseCase;
import com.thousandproxy.application.identity.port.in.RefreshTokensUseCase;
import com.thousandproxy.application.identity.port.out.RefreshTokenRepository;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.domain.identity.RefreshToken;
import com.thousandproxy.domain.identity.User;
import java.time.Clock;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Rotates refresh tokens and ends sessions. A token is good for one use; a second use of the same
 * token (or losing a race for it) revokes its whole family, because one of the two presenters holds
 * a stolen copy and we cannot tell which.
 */
public final class RefreshTokensService implements RefreshTokensUseCase, LogOutUseCase {

  private final RefreshTokenRepository tokens;
  private final UserRepository users;
  private final SessionTokens sessions;
  private final AuditLog audit;
  private final Clock clock;

  public RefreshTokensService(
      RefreshTokenRepository tokens,
      UserRepository users,
      SessionTokens sessions,
      AuditLog audit,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.sessions = sessions;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Mono<TokenPair> refresh(RefreshTokensCommand command) {
    return tokens
        .findByHash(SecretTokens.sha256Hex(command.refreshToken()))
        .switchIfEmpty(Mono.error(InvalidRefreshTokenException::new))
        .flatMap(
            token ->
                switch (token.standingAt(clock.instant())) {
                  case USABLE -> rotate(token, command);
                  case REUSED -> revokeForReuse(token, command, "rotated_token_presented");
                  case EXPIRED, REVOKED -> Mono.error(new InvalidRefreshTokenException());
                });
  }

  private Mono<TokenPair> rotate(RefreshToken token, RefreshTokensCommand command) {
    return users
        .findById(token.owner())
        .filter(User::active)
        .switchIfEmpty(
            Mono.defer(
                () ->
                    tokens
                        .revokeFamily(token.familyId(), clock.instant())
                        .then(Mono.error(new InvalidRefreshTokenException()))))
        .flatMap(user -> sessions.issue(user, token.familyId()))
        .flatMap(
            issued ->
                tokens
                    .markRotated(token.id(), issued.refreshToken().id(), clock.instant())
                    .flatMap(
                        won ->
                            won
                                ? Mono.just(issued.pair())
                                : revokeForReuse(token, command, "concurrent_rotation")));
  }

  private Mono<TokenPair> revokeForReuse(
      RefreshToken token, RefreshTokensCommand command, String reason) {
    AuditEvent event =
        AuditEvent.of(
                AuditActor.ANONYMOUS, IdentityAuditActions.REFRESH_TOKEN_REUSED, clock.instant())
            .target(IdentityAuditActions.TARGET_TOKEN_FAMILY, token.familyId())
            .details(Map.of("userId", String.valueOf(token.owner().value()), "reason", reason))
            .from(command.clientIp());
    return tokens
        .revokeFamily(token.familyId(), clock.instant())
        .then(audit.record(event))
        .then(Mono.error(new InvalidRefreshTokenException()));
  }

  @Override
  public Mono<Void> logOut(LogOutCommand command) {
    return tokens
        .findByHash(SecretTokens.sha256Hex(command.refreshToken()))
        .filter(token -> token.owner().equals(command.caller().userId()))
        .flatMap(
            token ->
                tokens
                    .revokeFamily(token.familyId(), clock.instant())
                    .then(
                        audit.record(
                            AuditEvent.of(
                                    AuditActor.of(command.caller()),
                                    IdentityAuditActions.LOGOUT,
                                    clock.instant())
                                .target(IdentityAuditActions.TARGET_TOKEN_FAMILY, token.familyId())
                                .from(command.clientIp()))))
        .then();
  }
}
