package com.thousandproxy.api.identity;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.identity.ApiKeyNotFoundException;
import com.thousandproxy.application.identity.EmailAlreadyRegisteredException;
import com.thousandproxy.application.identity.InvalidCredentialsException;
import com.thousandproxy.application.identity.InvalidRefreshTokenException;
import com.thousandproxy.application.identity.OwnAccountLockoutException;
import com.thousandproxy.application.identity.RateLimitedException;
import com.thousandproxy.application.identity.UserNotFoundException;
import com.thousandproxy.domain.identity.InvalidEmailException;
import com.thousandproxy.domain.identity.WeakPasswordException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** How identity's outcomes read on the wire. */
final class IdentityErrorRules implements ApiErrorRule {

  /** One message for unknown e-mail, wrong password and inactive account alike. */
  static final String INVALID_CREDENTIALS = "Invalid e-mail or password";

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof InvalidCredentialsException) {
      return new ApiError(HttpStatus.UNAUTHORIZED, INVALID_CREDENTIALS);
    }
    if (error instanceof InvalidRefreshTokenException) {
      return new ApiError(HttpStatus.UNAUTHORIZED, "The refresh token is not valid, log in again");
    }
    if (error instanceof EmailAlreadyRegisteredException) {
      return new ApiError(
          HttpStatus.CONFLICT,
          "This e-mail address is already registered",
          Map.of("email", List.of("is already registered")));
    }
    if (error instanceof RateLimitedException) {
      return new ApiError(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts, try again later");
    }
    if (error instanceof WeakPasswordException weak) {
      return invalid("password", weak.problems());
    }
    if (error instanceof InvalidEmailException) {
      return invalid("email", List.of("must be a valid e-mail address"));
    }
    if (error instanceof UserNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "User not found");
    }
    if (error instanceof ApiKeyNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "API key not found");
    }
    if (error instanceof OwnAccountLockoutException) {
      return new ApiError(HttpStatus.CONFLICT, "Admins cannot demote or deactivate themselves");
    }
    return null;
  }

  private static ApiError invalid(String field, List<String> messages) {
    return new ApiError(HttpStatus.BAD_REQUEST, "The request is invalid", Map.of(field, messages));
  }
}
