package com.thousandproxy.api.admin.users;

import com.thousandproxy.api.identity.ProfileResponse;
import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.identity.UpdateUserCommand;
import com.thousandproxy.application.identity.UserNotFoundException;
import com.thousandproxy.application.identity.port.in.AdministerUsersUseCase;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.Role;
import com.thousandproxy.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins list accounts and change their role or active flag. */
@RestController
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Admin: users")
public class AdminUsersController {

  private final AdministerUsersUseCase users;

  public AdminUsersController(AdministerUsersUseCase users) {
    this.users = users;
  }

  @GetMapping
  @Operation(summary = "All accounts, oldest first (paged: page, size)")
  public Mono<ApiResponse<PageResponse<ProfileResponse>>> list(
      @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> pageOf(params))
        .flatMap(users::list)
        .map(page -> ApiResponse.ok(PageResponse.from(page, ProfileResponse::from)));
  }

  @PatchMapping("/{id}")
  @Operation(
      summary = "Change an account's role and/or active flag",
      description = "A deactivated account's tokens and keys stop working at the next request.")
  public Mono<ApiResponse<ProfileResponse>> update(
      @AuthenticationPrincipal Caller admin,
      @PathVariable long id,
      @RequestBody UpdateUserRequest request,
      ServerWebExchange exchange) {
    return Mono.fromCallable(
            () ->
                new UpdateUserCommand(
                    admin,
                    userId(id),
                    role(request.role()),
                    request.active(),
                    ClientAddress.of(exchange)))
        .flatMap(users::update)
        .map(user -> ApiResponse.ok(ProfileResponse.from(user)));
  }

  private static PageRequest pageOf(Map<String, String> params) {
    QueryParameters query = new QueryParameters(params);
    PageRequest page = query.pageRequest();
    if (query.hasErrors()) {
      throw new InvalidRequestException(query.errors());
    }
    return page;
  }

  private static UserId userId(long id) {
    if (id <= 0) {
      throw new UserNotFoundException();
    }
    return new UserId(id);
  }

  private static Role role(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("role", "must be CUSTOMER, RESELLER or ADMIN");
    }
  }
}
