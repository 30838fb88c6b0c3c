package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.LogOutCommand;
import reactor.core.publisher.Mono;

/** Ends a session: its refresh token family stops working. */
public interface LogOutUseCase {

  Mono<Void> logOut(LogOutCommand command);
}
