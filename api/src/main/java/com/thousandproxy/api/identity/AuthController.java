package com.thousandproxy.api.identity;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.identity.LogInCommand;
import com.thousandproxy.application.identity.LogOutCommand;
import com.thousandproxy.application.identity.RefreshTokensCommand;
import com.thousandproxy.application.identity.RegisterUserCommand;
import com.thousandproxy.application.identity.port.in.LogInUseCase;
import com.thousandproxy.application.identity.port.in.LogOutUseCase;
import com.thousandproxy.application.identity.port.in.RefreshTokensUseCase;
import com.thousandproxy.application.identity.port.in.RegisterUserUseCase;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.PlainPassword;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Registration, login, token refresh and logout. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Auth", description = "Accounts and tokens")
public class AuthController {

  private final RegisterUserUseCase register;
  private final LogInUseCase logIn;
  private final RefreshTokensUseCase refresh;
  private final LogOutUseCase logOut;

  public AuthController(
      RegisterUserUseCase register,
      LogInUseCase logIn,
      RefreshTokensUseCase refresh,
      LogOutUseCase logOut) {
    this.register = register;
    this.logIn = logIn;
    this.refresh = refresh;
    this.logOut = logOut;
  }

  @PostMapping("/register")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Create a customer account",
      description = "Password: at least 10 characters, not a common one. Duplicate e-mail: 409.")
  public Mono<ApiResponse<UserResponse>> register(
      @Valid @RequestBody RegisterRequest request, ServerWebExchange exchange) {
    return Mono.fromCallable(
            () ->
                new RegisterUserCommand(
                    EmailAddress.of(request.email()),
                    new PlainPassword(request.password()),
                    request.name(),
                    ClientAddress.of(exchange)))
        .flatMap(register::register)
        .map(user -> ApiResponse.created(UserResponse.from(user)));
  }

  @PostMapping("/login")
  @Operation(
      summary = "Log in with e-mail and password",
      description = "Wrong credentials: 401 (one message for all cases). Too many failures: 429.")
  public Mono<ApiResponse<TokenResponse>> login(
      @Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
    return logIn
        .logIn(
            new LogInCommand(
                request.email(), new PlainPassword(request.password()), ClientAddress.of(exchange)))
        .map(pair -> ApiResponse.ok(TokenResponse.from(pair)));
  }

  @PostMapping("/refresh")
  @Operation(
      summary = "Trade a refresh token for a new token pair",
      description = "Each refresh token works once; reusing one revokes the whole session.")
  public Mono<ApiResponse<TokenResponse>> refresh(
      @Valid @RequestBody RefreshTokenRequest request, ServerWebExchange exchange) {
    return refresh
        .refresh(new RefreshTokensCommand(request.refreshToken(), ClientAddress.of(exchange)))
        .map(pair -> ApiResponse.ok(TokenResponse.from(pair)));
  }

  @PostMapping("/logout")
  @Operation(
      summary = "End the session of a refresh token",
      security = @SecurityRequirement(name = "bearer"))
  public Mono<ApiResponse<Void>> logout(
      @AuthenticationPrincipal Caller caller,
      @Valid @RequestBody RefreshTokenRequest request,
      ServerWebExchange exchange) {
    return logOut
        .logOut(new LogOutCommand(caller, request.refreshToken(), ClientAddress.of(exchange)))
        .thenReturn(ApiResponse.<Void>of("Logged out", null));
  }
}
