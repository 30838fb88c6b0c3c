package com.thousandproxy.api.security;

import com.thousandproxy.application.audit.ActorType;
import com.thousandproxy.domain.identity.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated request: the {@link Caller} (the principal controllers receive), how it was
 * authenticated, and the rate-limit key of the credential used.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final ActorType via;
  private final String credentialKey;

  CallerAuthentication(Caller caller, ActorType via, String credentialKey) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    this.caller = caller;
    this.via = via;
    this.credentialKey = credentialKey;
    setAuthenticated(true);
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  /** Never the token or key itself. */
  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public String getName() {
    return String.valueOf(caller.userId().value());
  }

  public ActorType via() {
    return via;
  }

  /** What the per-principal rate limit counts: the user, or the API key. */
  public String credentialKey() {
    return credentialKey;
  }
}
