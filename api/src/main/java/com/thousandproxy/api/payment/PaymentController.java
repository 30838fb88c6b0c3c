package com.thousandproxy.api.payment;

import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.payment.port.in.GetPaymentUseCase;
import com.thousandproxy.application.payment.port.in.ReconcilePaymentsUseCase;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own payments: read one, or ask the gateway for its status now. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
public class PaymentController {

  private final GetPaymentUseCase payments;
  private final ReconcilePaymentsUseCase reconcile;

  public PaymentController(GetPaymentUseCase payments, ReconcilePaymentsUseCase reconcile) {
    this.payments = payments;
    this.reconcile = reconcile;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of the caller's payments")
  public Mono<ApiResponse<PaymentResponse>> get(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return payments
        .payment(caller.userId(), id)
        .map(payment -> ApiResponse.ok(PaymentResponse.from(payment)));
  }

  @PostMapping("/{id}/refresh")
  @Operation(
      summary = "Ask the gateway for the payment's status now",
      description = "Applied like a notification: a finished payment delivers its order.")
  public Mono<ApiResponse<PaymentResponse>> refresh(
      @AuthenticationPrincipal Caller caller, @PathVariable long id) {
    return reconcile
        .refresh(caller.userId(), id)
        .map(payment -> ApiResponse.ok(PaymentResponse.from(payment)));
  }
}
