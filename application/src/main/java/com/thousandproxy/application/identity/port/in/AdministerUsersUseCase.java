package com.thousandproxy.application.identity.port.in;

import com.thousandproxy.application.identity.UpdateUserCommand;
import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.User;
import reactor.core.publisher.Mono;

/** Admins list accounts and change their role or active flag. */
public interface AdministerUsersUseCase {

  Mono<Page<User>> list(PageRequest page);

  Mono<User> update(UpdateUserCommand command);
}
