package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.LogInCommand;
import com.thousandproxy.application.identity.TokenPair;
import reactor.core.publisher.Mono;

/** Trades an e-mail and password for a token pair, with brute-force throttling. */
public interface LogInUseCase {

  Mono<TokenPair> logIn(LogInCommand command);
}
