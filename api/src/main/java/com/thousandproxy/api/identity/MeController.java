package com.thousandproxy.api.identity;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.identity.port.in.GetProfileUseCase;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own account. */
@RestController
@Tag(name = "Account")
public class MeController {

  private final GetProfileUseCase profiles;

  public MeController(GetProfileUseCase profiles) {
    this.profiles = profiles;
  }

  @GetMapping("/api/v1/me")
  @Operation(summary = "The logged-in account")
  public Mono<ApiResponse<ProfileResponse>> me(@AuthenticationPrincipal Caller caller) {
    return profiles
        .profile(caller.userId())
        .map(user -> ApiResponse.ok(ProfileResponse.from(user)));
  }
}
