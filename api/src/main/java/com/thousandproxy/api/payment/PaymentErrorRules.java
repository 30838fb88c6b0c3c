package com.thousandproxy.api.payment;

import com.thousandproxy.api.web.ApiError;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.payment.IdempotencyClaim;
import com.thousandproxy.application.payment.IdempotencyConflictException;
import com.thousandproxy.application.payment.PaymentBelowMinimumException;
import com.thousandproxy.application.payment.PaymentGatewayMisconfiguredException;
import com.thousandproxy.application.payment.PaymentGatewayRejectedException;
import com.thousandproxy.application.payment.PaymentGatewayUnavailableException;
import com.thousandproxy.application.payment.PaymentNotFoundException;
import com.thousandproxy.application.payment.PaymentRefusedException;
import com.thousandproxy.application.payment.WebhookRejectedException;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/** How payment outcomes and gateway failures read on the wire. */
public final class PaymentErrorRules implements ApiErrorRule {

  @Override
  public ApiError map(Throwable error) {
    if (error instanceof IdempotencyConflictException conflict) {
      return new ApiError(
          HttpStatus.CONFLICT,
          conflict.reason() == IdempotencyClaim.Reason.IN_PROGRESS
              ? "A request with this Idempotency-Key is still being processed"
              : "This Idempotency-Key was already used for a different request");
    }
    if (error instanceof PaymentBelowMinimumException below) {
      String coin = below.payCurrency().toUpperCase(Locale.ROOT);
      return new ApiError(
          HttpStatus.CONFLICT,
          below
              .minimum()
              .map(
                  min ->
                      "The amount is below the smallest payment accepted in "
                          + coin
                          + ": at least "
                          + min.toPlainString()
                          + " "
                          + min.currency().getCurrencyCode())
              .orElse("The amount is below the smallest payment accepted in " + coin));
    }
    if (error instanceof PaymentRefusedException) {
      return new ApiError(
          HttpStatus.CONFLICT, "The payment gateway refused this payment; try another coin");
    }
    if (error instanceof PaymentGatewayUnavailableException) {
      return new ApiError(
          HttpStatus.SERVICE_UNAVAILABLE, "The payment gateway is unavailable, try again later");
    }
    if (error instanceof PaymentGatewayMisconfiguredException
        || error instanceof PaymentGatewayRejectedException) {
      return new ApiError(HttpStatus.BAD_GATEWAY, "The payment gateway could not be used");
    }
    if (error instanceof PaymentNotFoundException) {
      return new ApiError(HttpStatus.NOT_FOUND, "Payment not found");
    }
    if (error instanceof WebhookRejectedException) {
      return new ApiError(HttpStatus.UNAUTHORIZED, "The notification signature is not valid");
    }
    return null;
  }
}
