package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.domain.identity.User;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** The caller's own account. */
public interface GetProfileUseCase {

  Mono<User> profile(UserId id);
}
