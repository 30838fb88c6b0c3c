package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.RefreshTokensCommand;
import com.thousandproxy.application.identity.TokenPair;
import reactor.core.publisher.Mono;

/** Rotates a refresh token into a new token pair; a reused one revokes its family. */
public interface RefreshTokensUseCase {

  Mono<TokenPair> refresh(RefreshTokensCommand command);
}
