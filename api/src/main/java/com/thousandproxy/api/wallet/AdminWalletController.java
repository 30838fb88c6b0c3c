package com.thousandproxy.api.wallet;

import com.thousandproxy.api.security.ClientAddress;
import com.thousandproxy.api.web.ApiResponse;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.application.wallet.AdjustWalletCommand;
import com.thousandproxy.application.wallet.port.in.AdjustWalletUseCase;
import com.thousandproxy.domain.identity.Caller;
import com.thousandproxy.domain.money.Money;
import com.thousandproxy.domain.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Currency;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Admins correct a user's balance, with a reason; audited. */
@RestController
@Tag(name = "Admin: wallets")
public class AdminWalletController {

  /** {@code {"amount": "-5.00", "reason": "double charge, ticket 42"}}: signed, never zero. */
  public record AdjustmentRequest(String amount, String reason) {}

  private final AdjustWalletUseCase adjustments;
  private final Currency currency;

  public AdminWalletController(AdjustWalletUseCase adjustments, WalletCurrency currency) {
    this.adjustments = adjustments;
    this.currency = currency.currency();
  }

  @PostMapping("/api/v1/admin/users/{id}/wallet-adjustments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Credit (positive) or debit (negative) a user's wallet, with a reason")
  public Mono<ApiResponse<WalletTransactionResponse>> adjust(
      @AuthenticationPrincipal Caller admin,
      @PathVariable long id,
      @RequestBody AdjustmentRequest request,
      ServerWebExchange exchange) {
    return Mono.fromCallable(() -> command(admin, id, request, ClientAddress.of(exchange)))
        .flatMap(adjustments::adjust)
        .map(change -> ApiResponse.created(WalletTransactionResponse.from(null, change.entry())));
  }

  private AdjustWalletCommand command(Caller admin, long id, AdjustmentRequest request, String ip) {
    if (request == null) {
      throw InvalidRequestException.of("amount", "is required");
    }
    Money amount = MoneyInput.parse("amount", request.amount(), currency);
    if (amount.isZero()) {
      throw InvalidRequestException.of("amount", "must not be zero");
    }
    if (request.reason() == null
        || request.reason().isBlank()
        || request.reason().strip().length() > 255) {
      throw InvalidRequestException.of("reason", "is required (1 to 255 characters)");
    }
    if (id <= 0) {
      throw InvalidRequestException.of("id", "must be a user id");
    }
    return new AdjustWalletCommand(admin.userId(), new UserId(id), amount, request.reason(), ip);
  }
}
