package com.thousandproxy.application.identity.port.out;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.NewUser;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.identity.User;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/** Stores accounts; e-mail addresses are unique. */
public interface UserRepository {

  /**
   * Stores a new account; fails with {@code EmailAlreadyRegisteredException} when the e-mail is
   * taken.
   */
  Mono<User> add(NewUser user);

  Mono<User> findById(UserId id);

  Mono<User> findByEmail(EmailAddress email);

  /** Writes back role, active flag, last login and update time. */
  Mono<User> update(User user);

  Mono<Boolean> existsWithRole(Role role);

  /** All accounts, oldest first. */
  Mono<Page<User>> page(PageRequest page);
}
