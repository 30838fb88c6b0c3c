package com.thousandproxy.api.security;

import com.thousandproxy.application.audit.ActorType;
import com.thousandproxy.application.audit.AuditActor;
import com.thousandproxy.application.audit.AuditEvent;
import com.thousandproxy.domain.identity.ApiKeyId;
import com.thousandproxy.domain.identity.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final ApiKeyId apiKey;
  private final String apiKeyPrefix;

  CallerAuthentication(Caller caller, ActorType via, String credentialKey) {
    this(caller, via, credentialKey, null, null);
  }

  private CallerAuthentication(
      Caller caller, ActorType via, String credentialKey, ApiKeyId apiKey, String apiKeyPrefix) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    this.caller = caller;
    this.via = via;
    this.credentialKey = credentialKey;
    this.apiKey = apiKey;
    this.apiKeyPrefix = apiKeyPrefix;
    setAuthenticated(true);
  }

  /** A request made with one of the caller's API keys; the prefix is the key's visible part. */
  static CallerAuthentication byApiKey(Caller caller, ApiKeyId key, String prefix) {
    return new CallerAuthentication(caller, ActorType.API_KEY, "key:" + key.value(), key, prefix);
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

  /**
   * The event as this request's credential explains it: what the caller did through an API key is
   * recorded as the key's ({@code API_KEY} actor, key id and prefix in the details); anything else
   * is left as it is.
   */
  public AuditEvent attribute(AuditEvent event) {
    if (apiKey == null
        || event.actor().type() != ActorType.USER
        || !caller.userId().equals(event.actor().userId())) {
      return event;
    }
    Map<String, String> details = new LinkedHashMap<>(event.details());
    details.put("apiKeyId", String.valueOf(apiKey.value()));
    details.put("apiKeyPrefix", apiKeyPrefix);
    return new AuditEvent(
        new AuditActor(ActorType.API_KEY, caller.userId()),
        event.action(),
        event.targetType(),
        event.targetId(),
        details,
        event.ipAddress(),
        event.occurredAt());
  }
}
