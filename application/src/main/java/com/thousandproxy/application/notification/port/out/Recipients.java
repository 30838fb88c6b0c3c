package com.thousandproxy.application.notification.port.out;

import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Where a customer's e-mail goes: the address of their account; empty for an unknown user. */
public interface Recipients {

  Mono<String> emailOf(UserId userId);
}
