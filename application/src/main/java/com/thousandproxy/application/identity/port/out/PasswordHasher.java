package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.domain.identity.PasswordHash;
import com.thousandproxy.domain.identity.PlainPassword;
import reactor.core.publisher.Mono;

/**
 * A slow, salted, adaptive password hash. Implementations run the hashing off the event loop: it
 * costs a large fraction of a CPU second on purpose.
 */
public interface PasswordHasher {

  Mono<PasswordHash> hash(PlainPassword password);

  Mono<Boolean> matches(PlainPassword password, PasswordHash hash);
}
