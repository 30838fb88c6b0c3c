package com.thousandproxy.api.payment;

import com.thousandproxy.api.observability.PaymentMetrics;
import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.application.payment.IncomingWebhook;
import com.thousandproxy.application.payment.WebhookRejectedException;
import com.thousandproxy.application.payment.port.in.ReceivePaymentWebhookUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * NowPayments' IPN endpoint. The body is taken as raw bytes (the signature is over them) and only
 * read after it verified; a bad signature is a 401 and changes nothing, a duplicate or stale event
 * a 200 that changes nothing. Refusals are counted by {@link PaymentMetrics} (and, audited, reach
 * the security channel).
 */
@RestController
@Tag(name = "Payments")
public class PaymentWebhookController {

  private static final String GATEWAY = "nowpayments";

  private final ReceivePaymentWebhookUseCase webhooks;
  private final PaymentMetrics metrics;

  public PaymentWebhookController(ReceivePaymentWebhookUseCase webhooks, PaymentMetrics metrics) {
    this.webhooks = webhooks;
    this.metrics = metrics;
  }

  @PostMapping("/api/v1/payments/webhooks/nowpayments")
  @Operation(
      summary = "NowPayments IPN (gateway only)",
      description = "Verified by the x-nowpayments-sig header over the raw body.")
  public Mono<ApiResponse<Map<String, String>>> nowPayments(ServerWebExchange exchange) {
    return DataBufferUtils.join(exchange.getRequest().getBody())
        .map(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              DataBufferUtils.release(buffer);
              return bytes;
            })
        .defaultIfEmpty(new byte[0])
        .map(body -> new IncomingWebhook(body, headers(exchange)))
        .flatMap(webhook -> webhooks.receive(webhook, ClientAddress.of(exchange)))
        .doOnError(
            WebhookRejectedException.class,
            rejected -> metrics.webhookVerificationFailed(GATEWAY, rejected.reason().name()))
        .map(outcome -> ApiResponse.of("Received", Map.of("outcome", outcome.name())));
  }

  private static Map<String, String> headers(ServerWebExchange exchange) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequest().getHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
    return headers;
  }
}
