package com.thousandproxy.adapters.payments.nowpayments;

/** NowPayments answers shaped like the docs' examples and the 2025 production captures. */
final class NowPaymentsAnswers {

  /** {@code POST /v1/payment} 201: {@code payment_id} is a string here. */
  static final String CREATED =
      """
      {"payment_id":"5745459419","payment_status":"waiting",\
      "pay_address":"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh","price_amount":4.99,\
      "price_currency":"usd","pay_amount":0.00005144,"amount_received":0.00005097,\
      "pay_currency":"btc","order_id":"pay-42","order_description":"Proxy 30 days",\
      "ipn_callback_url":"https://shop.example/api/v1/payments/webhooks/nowpayments",\
      "customer_email":null,"created_at":"2025-08-14T10:15:30.123Z",\
      "updated_at":"2025-08-14T10:15:30.123Z","purchase_id":"4944856743","payin_extra_id":null,\
      "smart_contract":null,"network":"btc","network_precision":null,"time_limit":null,\
      "burning_percent":null,"expiration_estimate_date":"2025-08-14T10:35:30.123Z",\
      "is_fixed_rate":false,"is_fee_paid_by_user":false,"valid_until":"2025-08-21T10:15:30.123Z",\
      "type":"crypto2crypto","product":"api","origin_ip":null}""";

  /**
   * {@code GET /v1/payment/{id}} 200: {@code payment_id} is a number, amounts with many decimals.
   */
  static final String STATUS =
      """
      {"payment_id":5745459419,"invoice_id":null,"payment_status":"partially_paid",\
      "pay_address":"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh","payin_extra_id":"2918473650",\
      "price_amount":4.99,"price_currency":"usd","pay_amount":0.00005144,\
      "actually_paid":0.000051440000000000000001,"actually_paid_at_fiat":0,"pay_currency":"btc",\
      "order_id":"pay-42","order_description":"Proxy 30 days","purchase_id":"4944856743",\
      "outcome_amount":123456789.123456789123456789,"outcome_currency":"btc",\
      "parent_payment_id":null,"created_at":"2025-08-14T10:15:30.123Z",\
      "updated_at":"2025-08-14T10:40:00.000Z"}""";

  static final String MINIMUM =
      """
      {"currency_from":"btc","currency_to":"btc","min_amount":0.0000549,\
      "fiat_equivalent":5.40626584}""";

  static final String NOT_FOUND =
      """
      {"status":false,"statusCode":404,"code":"PAYMENT_NOT_FOUND","message":"Payment not found"}""";

  static final String AMOUNT_MINIMAL =
      """
      {"status":false,"statusCode":400,"code":"AMOUNT_MINIMAL_ERROR",\
      "message":"amountTo is too small"}""";

  static final String INVALID_PARAMS =
      """
      {"status":false,"statusCode":400,"code":"INVALID_REQUEST_PARAMS",\
      "message":"pay_currency is not valid"}""";

  static final String INVALID_API_KEY =
      """
      {"status":false,"statusCode":403,"code":"INVALID_API_KEY","message":"Invalid api key"}""";

  static final String RATE_LIMITED_HTML =
      """
      <html>
      <head><title>429 Too Many Requests</title></head>
      <body>
      <center><h1>429 Too Many Requests</h1></center>
      <hr><center>nginx</center>
      </body>
      </html>
      """;

  static final String SERVER_ERROR =
      """
      {"status":false,"statusCode":500,"code":"INTERNAL_ERROR","message":"Internal server error"}""";

  private NowPaymentsAnswers() {}
}
