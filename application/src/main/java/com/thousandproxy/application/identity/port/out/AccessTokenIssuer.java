package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.application.identity.AccessToken;
import com.thousandproxy.domain.identity.User;
import reactor.core.publisher.Mono;

/** Mints the signed, short-lived access token that carries a user's id and role. */
public interface AccessTokenIssuer {

  Mono<AccessToken> issue(User user);
}
