package com.thousandproxy.api.security;

import com.thousandproxy.application.audit.ActorType;
import com.thousandproxy.application.identity.port.in.AuthenticateCallerUseCase;
import com.thousandproxy.domain.user.UserId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns one of our verified access tokens into the caller, reading the account per request: a
 * deactivated account's token stops working at once, and the role is the account's current one.
 */
final class OwnTokenAuthenticationConverter
    implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

  private final AuthenticateCallerUseCase callers;

  OwnTokenAuthenticationConverter(AuthenticateCallerUseCase callers) {
    this.callers = callers;
  }

  @Override
  public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
    UserId id;
    try {
      id = new UserId(Long.parseLong(jwt.getSubject()));
    } catch (RuntimeException malformed) {
      return Mono.error(new BadCredentialsException("the token names no user"));
    }
    return callers
        .byUserId(id)
        .<AbstractAuthenticationToken>map(
            caller -> new CallerAuthentication(caller, ActorType.USER, "user:" + id.value()))
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("no active account")));
  }
}
