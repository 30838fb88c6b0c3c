package com.thousandproxy.api.delivery;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.delivery.ClientNotRenewableException;
import com.thousandproxy.application.delivery.ServerClientNotFoundException;
import org.springframework.http.HttpStatus;

/** How delivery's outcomes read on the wire: another user's client is simply not found. */
public final class DeliveryErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof ServerClientNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Server client not found");
    }
    if (error instanceof ClientNotRenewableException notRenewable) {
      return new ApiError(
          HttpStatus.CONFLICT,
          "The client is " + notRenewable.status().name() + " and cannot be renewed yet");
    }
    return null;
  }
}
