package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.RegisterUserCommand;
import com.thousandproxy.domain.identity.User;
import reactor.core.publisher.Mono;

/** A visitor creates a customer account. */
public interface RegisterUserUseCase {

  Mono<User> register(RegisterUserCommand command);
}
