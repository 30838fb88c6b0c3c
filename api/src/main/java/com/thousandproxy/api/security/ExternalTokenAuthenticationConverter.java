package com.thousandproxy.api.security;

import com.thousandproxy.application.audit.ActorType;
import com.thousandproxy.application.identity.port.in.AuthenticateCallerUseCase;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.Role;
import java.util.Locale;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Turns a verified token of the external identity provider into a caller: the account is the local
 * one with the token's e-mail, the role is the token's role claim (customer when absent).
 */
final class ExternalTokenAuthenticationConverter
    implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

  private final AuthenticateCallerUseCase callers;
  private final String roleClaim;
  private final String emailClaim;

  ExternalTokenAuthenticationConverter(
      AuthenticateCallerUseCase callers, String roleClaim, String emailClaim) {
    this.callers = callers;
    this.roleClaim = roleClaim;
    this.emailClaim = emailClaim;
  }

  @Override
  public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
    EmailAddress email;
    Role role;
    try {
      email = EmailAddress.of(jwt.getClaimAsString(emailClaim));
      String claimed = jwt.getClaimAsString(roleClaim);
      role = claimed == null ? Role.CUSTOMER : Role.valueOf(claimed.toUpperCase(Locale.ROOT));
    } catch (RuntimeException unusable) {
      return Mono.error(new BadCredentialsException("the external token lacks e-mail or role"));
    }
    return callers
        .byExternalEmail(email, role)
        .<AbstractAuthenticationToken>map(
            caller ->
                new CallerAuthentication(caller, ActorType.USER, "user:" + caller.userId().value()))
        .switchIfEmpty(Mono.error(() -> new BadCredentialsException("no active local account")));
  }
}
