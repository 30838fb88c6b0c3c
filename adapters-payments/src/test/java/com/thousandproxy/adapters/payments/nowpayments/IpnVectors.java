package com.thousandproxy.adapters.payments.nowpayments;

/** The test vectors of payments.md §1.6, computed independently by Python and Node 20. */
final class IpnVectors {

  static final String SECRET = "test-ipn-secret-7f3a9c";

  /** Vector 1 as it could arrive: documented field order, pretty-printed. */
  static final String PRETTY_BODY =
      """
      {
        "payment_id": 5077125051,
        "parent_payment_id": null,
        "invoice_id": null,
        "payment_status": "finished",
        "pay_address": "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh",
        "payin_extra_id": null,
        "price_amount": 4.99,
        "price_currency": "usd",
        "pay_amount": 0.00005144,
        "actually_paid": 0.00005144,
        "actually_paid_at_fiat": 4.98968,
        "pay_currency": "btc",
        "order_id": "sub-2f9c1e7a",
        "order_description": "Прокси 30 дней / VPN",
        "purchase_id": "5837122679",
        "outcome_amount": 0.00005097,
        "outcome_currency": "btc",
        "payment_extra_ids": null,
        "fee": {"currency": "btc", "depositFee": 2.1e-7, "withdrawalFee": 0, "serviceFee": 2.6e-7},
        "updated_at": 1765249461097
      }
      """;

  /** Vector 1's exact signed string (608 characters). */
  static final String CANONICAL_BODY =
      "{\"actually_paid\":0.00005144,\"actually_paid_at_fiat\":4.98968,\"fee\":{\"currency\":\"btc\","
          + "\"depositFee\":2.1e-7,\"serviceFee\":2.6e-7,\"withdrawalFee\":0},\"invoice_id\":null,"
          + "\"order_description\":\"Прокси 30 дней / VPN\",\"order_id\":\"sub-2f9c1e7a\","
          + "\"outcome_amount\":0.00005097,\"outcome_currency\":\"btc\",\"parent_payment_id\":null,"
          + "\"pay_address\":\"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh\",\"pay_amount\":0.00005144,"
          + "\"pay_currency\":\"btc\",\"payin_extra_id\":null,\"payment_extra_ids\":null,"
          + "\"payment_id\":5077125051,\"payment_status\":\"finished\",\"price_amount\":4.99,"
          + "\"price_currency\":\"usd\",\"purchase_id\":\"5837122679\",\"updated_at\":1765249461097}";

  static final String SIGNATURE =
      "fbce6794cf156c57386b47503a32450444c26933d0134fec9fe293bd5b3c797c"
          + "b6bfb32566a62fb9249555c960af71771bbed52b71facb28d12675e9d11909d0";

  /** Vector 2, ASCII only, as received. */
  static final String SMALL_RAW_BODY =
      "{\"payment_status\":\"finished\",\"payment_id\":5745459419,\"order_id\":\"42\","
          + "\"price_amount\":15,\"fee\":{\"serviceFee\":0.000083,\"currency\":\"usdttrc20\"}}";

  static final String SMALL_CANONICAL_BODY =
      "{\"fee\":{\"currency\":\"usdttrc20\",\"serviceFee\":0.000083},\"order_id\":\"42\","
          + "\"payment_id\":5745459419,\"payment_status\":\"finished\",\"price_amount\":15}";

  static final String SMALL_SIGNATURE =
      "15bc919e394914c3d8670e43328628220430b1e87b3288b89da3228a2e7b37d9"
          + "d2e54badb16d1a3e98df9af79eea70d6e429e6af5297f1f1b78acbfa20cc30e0";

  private IpnVectors() {}
}
