package com.thousandproxy.api.admin.clients;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.lifecycle.ClientNotFoundException;
import org.springframework.http.HttpStatus;

/** An unknown server client answers 404. */
public final class ClientActionErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    return error instanceof ClientNotFoundException
        ? new ApiError(HttpStatus.NOT_FOUND, "Server client not found")
        : null;
  }
}
