package com.thousandproxy.api.security;

import com.thousandproxy.application.identity.port.in.AuthenticateCallerUseCase;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Authenticates {@code X-API-Key} requests as the key's owner, with the owner's role. Unknown,
 * revoked or malformed keys, and keys of deactivated accounts, get 401 at once.
 */
final class ApiKeyAuthentication {

  static final String HEADER = "X-API-Key";
  private static final String PREFIX_MARK = "tpk_";

  private ApiKeyAuthentication() {}

  static AuthenticationWebFilter filter(
      AuthenticateCallerUseCase callers, ServerAuthenticationEntryPoint entryPoint) {
    AuthenticationWebFilter filter = new AuthenticationWebFilter(manager(callers));
    filter.setServerAuthenticationConverter(ApiKeyAuthentication::presentedKey);
    filter.setAuthenticationFailureHandler(
        new ServerAuthenticationEntryPointFailureHandler(entryPoint));
    return filter;
  }

  private static Mono<Authentication> presentedKey(ServerWebExchange exchange) {
    String key = exchange.getRequest().getHeaders().getFirst(HEADER);
    return key == null || key.isBlank() ? Mono.empty() : Mono.just(new PresentedKey(key.strip()));
  }

  private static ReactiveAuthenticationManager manager(AuthenticateCallerUseCase callers) {
    return authentication -> {
      String key = ((PresentedKey) authentication).key;
      return callers
          .byApiKey(key)
          .<Authentication>map(
              found -> CallerAuthentication.byApiKey(found.caller(), found.keyId(), prefix(key)))
          .switchIfEmpty(Mono.error(() -> new BadCredentialsException("invalid API key")));
    };
  }

  /** The visible part of a key that was found: {@code tpk_} and its 8 characters, not the rest. */
  private static String prefix(String key) {
    return key.substring(0, key.indexOf('_', PREFIX_MARK.length()));
  }

  /** A key as presented, before it is checked; it never prints itself. */
  private static final class PresentedKey extends AbstractAuthenticationToken {

    private final transient String key;

    PresentedKey(String key) {
      super(List.of());
      this.key = key;
    }

    @Override
    public Object getCredentials() {
      return key;
    }

    @Override
    public Object getPrincipal() {
      return "api-key";
    }

    @Override
    public String toString() {
      return "PresentedKey[***]";
    }
  }
}
