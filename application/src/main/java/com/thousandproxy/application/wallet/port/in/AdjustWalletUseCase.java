package com.thousandproxy.application.wallet.port.in;

import com.thousandproxy.application.wallet.AdjustWalletCommand;
import com.thousandproxy.domain.wallet.WalletChange;
import reactor.core.publisher.Mono;

/** Admins correct a balance; audited. A debit beyond the balance is refused. */
public interface AdjustWalletUseCase {

  Mono<WalletChange> adjust(AdjustWalletCommand command);
}
