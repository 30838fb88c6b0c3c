package com.thousandproxy.api.ordering;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.ordering.OrderNotCancellableException;
import com.thousandproxy.application.ordering.OrderNotFoundException;
import com.thousandproxy.application.ordering.OrderValidationException;
import com.thousandproxy.application.ordering.PlanUnavailableException;
import com.thousandproxy.application.wallet.InsufficientBalanceException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** How ordering's outcomes read on the wire. */
public final class OrderingErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof OrderValidationException invalid) {
      return new ApiError(HttpStatus.BAD_REQUEST, "The request is invalid", invalid.fieldErrors());
    }
    if (error instanceof PlanUnavailableException plan) {
      long id = plan.planId().value();
      return plan.reason() == PlanUnavailableException.Reason.NO_CAPACITY
          ? new ApiError(HttpStatus.CONFLICT, "Plan " + id + " is sold out right now")
          : new ApiError(
              HttpStatus.BAD_REQUEST,
              "The request is invalid",
              Map.of("items", List.of("plan " + id + " does not exist or is not on sale")));
    }
    if (error instanceof InsufficientBalanceException insufficient) {
      return new ApiError(
          HttpStatus.CONFLICT,
          "Insufficient wallet balance: "
              + insufficient.balance().toPlainString()
              + " "
              + insufficient.balance().currency().getCurrencyCode()
              + " available, "
              + insufficient.requested().toPlainString()
              + " needed");
    }
    if (error instanceof OrderNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Order not found");
    }
    if (error instanceof OrderNotCancellableException) {
      return new ApiError(HttpStatus.CONFLICT, "Only an unpaid, open order can be cancelled");
    }
    return null;
  }
}
