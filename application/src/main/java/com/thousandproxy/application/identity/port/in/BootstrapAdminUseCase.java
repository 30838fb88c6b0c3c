package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.PlainPassword;
import reactor.core.publisher.Mono;

/** At start-up, creates the first admin from configuration when no admin exists yet. */
public interface BootstrapAdminUseCase {

  /** Answers whether an admin was created. */
  Mono<Boolean> ensureAdmin(EmailAddress email, PlainPassword password);
}
