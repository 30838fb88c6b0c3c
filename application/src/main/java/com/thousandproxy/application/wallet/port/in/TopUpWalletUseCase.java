package com.thousandproxy.application.wallet.port.in;

import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.payment.Payment;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import reactor.core.publisher.Mono;

/**
 * Opens a gateway payment that credits the wallet once the gateway says it is finished.
 *
 * @see com.thousandproxy.application.payment.port.in.ReceivePaymentWebhookUseCase
 */
public interface TopUpWalletUseCase {

  /**
   * @param payCurrency the coin, null for the configured default
   * @param idempotencyKey null when the client sent none
   */
  Mono<Payment> topUp(
      UserId owner, Money amount, String payCurrency, IdempotencyKey idempotencyKey);
}
