package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsonShapeException;
import com.thousandproxy.application.payment.PaymentGatewayMisconfiguredException;
import com.thousandproxy.application.payment.PaymentGatewayUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ChannelOption;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The HTTP side of NowPayments: the authenticated WebClient, turning answers into {@link
 * NowPaymentsReply}s or outage/configuration exceptions, and naming failures for the port.
 */
final class NowPaymentsHttp {

  private static final byte[] NO_BODY = new byte[0];
  private static final int MAX_CONNECTIONS = 16;

  /** Shorter than the server's keep-alive, so that a connection it closed is not reused. */
  private static final Duration MAX_IDLE = Duration.ofSeconds(20);

  private final WebClient web;
  private final NowPaymentsSettings settings;

  NowPaymentsHttp(NowPaymentsSettings settings, WebClient.Builder builder) {
    this.settings = settings;
    ConnectionProvider pool =
        ConnectionProvider.builder("nowpayments")
            .maxConnections(MAX_CONNECTIONS)
            .maxIdleTime(MAX_IDLE)
            .build();
    HttpClient http =
        HttpClient.create(pool)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.callTimeout().toMillis())
            .responseTimeout(settings.callTimeout());
    this.web =
        builder
            .clone()
            .baseUrl(settings.baseUrl().toString())
            .clientConnector(new ReactorClientHttpConnector(http))
            .defaultHeader("x-api-key", settings.apiKey())
            .build();
  }

  WebClient web() {
    return web;
  }

  /**
   * Reads the answer; 5xx and 429 become {@link PaymentGatewayUnavailableException} (so the breaker
   * counts them), 401/403 become {@link PaymentGatewayMisconfiguredException}.
   */
  Mono<NowPaymentsReply> reply(ClientResponse response) {
    int status = response.statusCode().value();
    return response
        .bodyToMono(byte[].class)
        .defaultIfEmpty(NO_BODY)
        .map(body -> check(new NowPaymentsReply(status, body)));
  }

  private static NowPaymentsReply check(NowPaymentsReply reply) {
    int status = reply.status();
    if (status >= 500) {
      throw unavailable("answered " + status + " " + reply.errorCode(), true, null);
    }
    if (status == 429) {
      throw unavailable("rate limited (429)", false, null);
    }
    if (status == 401 || status == 403) {
      throw new PaymentGatewayMisconfiguredException(
          NowPaymentsMapping.PROVIDER, reply.errorCode(), reply.errorMessage());
    }
    return reply;
  }

  /**
   * Names a failure for the port. {@code creating} tells whether a payment may have been opened
   * despite the failure (the request may have reached NowPayments).
   */
  Function<Throwable, Throwable> translate(boolean creating) {
    return error -> {
      if (error instanceof TimeoutException) {
        return unavailable("no answer within " + settings.callTimeout(), creating, error);
      }
      if (error instanceof CallNotPermittedException) {
        return unavailable("circuit open after repeated failures", false, error);
      }
      if (error instanceof WebClientRequestException request) {
        boolean sent = creating && !(request.getRootCause() instanceof ConnectException);
        return unavailable("request failed: " + request.getMostSpecificCause(), sent, error);
      }
      if (error instanceof JsonShapeException shape) {
        return unavailable("unreadable answer: " + shape.getMessage(), creating, error);
      }
      return error;
    };
  }

  static PaymentGatewayUnavailableException unavailable(
      String message, boolean mayHaveReachedProvider, Throwable cause) {
    return new PaymentGatewayUnavailableException(
        NowPaymentsMapping.PROVIDER, message, mayHaveReachedProvider, cause);
  }
}
