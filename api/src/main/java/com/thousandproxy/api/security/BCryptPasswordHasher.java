package com.thousandproxy.api.security;

import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.domain.identity.PasswordHash;
import com.thousandproxy.domain.identity.PlainPassword;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * BCrypt through spring-security-crypto. At cost 12 one hash takes a quarter of a CPU second, so it
 * runs on a small dedicated scheduler, never on an event-loop thread.
 */
final class BCryptPasswordHasher implements PasswordHasher {

  private final BCryptPasswordEncoder encoder;
  private final Scheduler scheduler;

  BCryptPasswordHasher(int strength, Scheduler scheduler) {
    this.encoder = new BCryptPasswordEncoder(strength);
    this.scheduler = scheduler;
  }

  @Override
  public Mono<PasswordHash> hash(PlainPassword password) {
    return Mono.fromCallable(() -> new PasswordHash(encoder.encode(password.reveal())))
        .subscribeOn(scheduler);
  }

  @Override
  public Mono<Boolean> matches(PlainPassword password, PasswordHash hash) {
    return Mono.fromCallable(() -> encoder.matches(password.reveal(), hash.value()))
        .subscribeOn(scheduler);
  }
}
