package com.thousandproxy.api.wallet;

import java.util.Currency;

/** The currency wallets are kept in ({@code app.wallet.currency}). */
public record WalletCurrency(Currency currency) {}
