package com.thousandproxy.application.wallet.port.in;

import com.thousandproxy.application.shared.Page;
import com.thousandproxy.application.shared.PageRequest;
import com.thousandproxy.application.wallet.WalletTransaction;
import com.thousandproxy.domain.user.UserId;
import com.thousandproxy.domain.wallet.Wallet;
import reactor.core.publisher.Mono;

/** A user's balance and ledger. */
public interface ViewWalletUseCase {

  Mono<Wallet> wallet(UserId owner);

  Mono<Page<WalletTransaction>> transactions(UserId owner, PageRequest page);
}
