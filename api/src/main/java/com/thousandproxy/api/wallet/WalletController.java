package com.thousandproxy.api.wallet;

import com.thousandproxy.api.ordering.PageQuery;
import com.thousandproxy.api.payment.IdempotencyHeader;
import com.thousandproxy.api.payment.PaymentResponse;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.PageResponse;
import com.thousandproxy.application.payment.IdempotencyKey;
import com.thousandproxy.application.wallet.port.in.TopUpWalletUseCase;
import com.thousandproxy.application.wallet.port.in.ViewWalletUseCase;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.money.Money;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's wallet: balance, ledger, and top-ups through the crypto gateway. */
@RestController
@RequestMapping("/api/v1/wallet")
@Tag(name = "Wallet")
public class WalletController {

  /** {@code {"amount": "20.00", "payCurrency": "btc"}}. */
  public record TopUpRequest(String amount, String payCurrency) {}

  static final String TOP_UP_SCOPE = "wallet.top-up";

  private final ViewWalletUseCase wallets;
  private final TopUpWalletUseCase topUps;
  private final Currency currency;

  public WalletController(
      ViewWalletUseCase wallets, TopUpWalletUseCase topUps, WalletCurrency currency) {
    this.wallets = wallets;
    this.topUps = topUps;
    this.currency = currency.currency();
  }

  @GetMapping
  @Operation(summary = "The caller's balance")
  public Mono<ApiResponse<WalletResponse>> wallet(@AuthenticationPrincipal Caller caller) {
    return wallets.wallet(caller.userId()).map(w -> ApiResponse.ok(WalletResponse.from(w)));
  }

  @GetMapping("/transactions")
  @Operation(summary = "The caller's ledger, newest first (paged)")
  public Mono<ApiResponse<PageResponse<WalletTransactionResponse>>> transactions(
      @AuthenticationPrincipal Caller caller, @RequestParam Map<String, String> params) {
    return Mono.fromCallable(() -> PageQuery.of(params))
        .flatMap(page -> wallets.transactions(caller.userId(), page))
        .map(
            page ->
                ApiResponse.ok(
                    PageResponse.from(
                        page, t -> WalletTransactionResponse.from(t.id(), t.entry()))));
  }

  @PostMapping("/top-ups")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Open a top-up payment at the gateway",
      description = "The wallet is credited once, when the gateway says finished.")
  public Mono<ApiResponse<PaymentResponse>> topUp(
      @AuthenticationPrincipal Caller caller,
      @RequestHeader(name = IdempotencyHeader.NAME, required = false) String idempotencyKey,
      @RequestBody TopUpRequest request) {
    return Mono.fromCallable(() -> TopUp.of(request, idempotencyKey, currency))
        .flatMap(t -> topUps.topUp(caller.userId(), t.amount(), t.coin(), t.key()))
        .map(payment -> ApiResponse.created(PaymentResponse.from(payment)));
  }

  private record TopUp(Money amount, String coin, IdempotencyKey key) {

    static TopUp of(TopUpRequest request, String header, Currency currency) {
      if (request == null) {
        throw InvalidRequestException.of("amount", "is required");
      }
      Money amount = MoneyInput.parse("amount", request.amount(), currency);
      Map<String, List<String>> errors = new LinkedHashMap<>();
      if (!amount.isPositive()) {
        errors.put("amount", List.of("must be more than zero"));
      }
      String coin = request.payCurrency();
      if (coin != null && !coin.strip().matches("[A-Za-z0-9]{2,20}")) {
        errors.put("payCurrency", List.of("must be a coin ticker such as btc or usdttrc20"));
      }
      IdempotencyKey key = IdempotencyHeader.read(header, TOP_UP_SCOPE, errors);
      if (!errors.isEmpty()) {
        throw new InvalidRequestException(errors);
      }
      return new TopUp(amount, coin, key);
    }
  }
}
