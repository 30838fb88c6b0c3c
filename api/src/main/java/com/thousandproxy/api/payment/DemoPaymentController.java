package com.thousandproxy.api.payment;

import com.thousandproxy.adapters.payments.demo.DemoIpn;
import com.thousandproxy.adapters.payments.demo.DemoPaymentGateway;
import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.PaymentNotFoundException;
import com.thousandproxy.application.payment.port.in.GetPaymentUseCase;
import com.thousandproxy.application.payment.port.in.ReceivePaymentWebhookUseCase;
import com.thousandproxy.domain.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * DEMO profile only (absent, hence 404, elsewhere): plays the gateway for one of the caller's demo
 * payments. The demo signs a NowPayments-format IPN and it goes through the real webhook path.
 */
@RestController
@Profile("demo")
@Tag(name = "Payments")
public class DemoPaymentController {

  /** {@code {"status": "finished"}}: the gateway word to simulate. */
  public record SimulateRequest(String status) {}

  private final DemoPaymentGateway demo;
  private final GetPaymentUseCase payments;
  private final ReceivePaymentWebhookUseCase webhooks;

  public DemoPaymentController(
      DemoPaymentGateway demo, GetPaymentUseCase payments, ReceivePaymentWebhookUseCase webhooks) {
    this.demo = demo;
    this.payments = payments;
    this.webhooks = webhooks;
  }

  @PostMapping("/api/v1/payments/{id}/simulate")
  @Operation(summary = "DEMO: simulate the gateway moving the payment (finished, expired, ...)")
  public Mono<ApiResponse<PaymentResponse>> simulate(
      @AuthenticationPrincipal Caller caller,
      @PathVariable long id,
      @RequestBody SimulateRequest request,
      ServerWebExchange exchange) {
    GatewayPaymentStatus status =
        GatewayPaymentStatus.fromProvider(request == null ? null : request.status());
    if (status == GatewayPaymentStatus.UNKNOWN) {
      return Mono.error(InvalidRequestException.of("status", "must be a NowPayments status"));
    }
    return payments
        .payment(caller.userId(), id)
        .filter(payment -> payment.providerPaymentId() != null)
        .switchIfEmpty(Mono.error(new PaymentNotFoundException(id)))
        .flatMap(
            payment -> {
              DemoIpn ipn = demo.simulate(payment.providerPaymentId(), status);
              return webhooks.receive(ipn.toWebhook(), ClientAddress.of(exchange));
            })
        .then(payments.payment(caller.userId(), id))
        .map(payment -> ApiResponse.ok(PaymentResponse.from(payment)));
  }
}
