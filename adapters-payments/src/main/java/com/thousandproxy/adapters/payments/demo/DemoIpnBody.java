package com.thousandproxy.adapters.payments.demo;

import com.thousandproxy.adapters.payments.json.JsNumberText;
import com.thousandproxy.adapters.payments.json.JsonValue;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNull;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNumber;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonString;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.PaymentAmounts;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a demo payment as a NowPayments IPN body (documented field order, JS number text). */
final class DemoIpnBody {

  private DemoIpnBody() {}

  static JsonObject of(GatewayPayment payment) {
    PaymentAmounts amounts = payment.amounts();
    Map<String, JsonValue> body = new LinkedHashMap<>();
    body.put("payment_id", new JsonNumber(payment.providerPaymentId()));
    body.put("parent_payment_id", JsonNull.INSTANCE);
    body.put("invoice_id", JsonNull.INSTANCE);
    body.put("payment_status", new JsonString(payment.status().providerName()));
    body.put("pay_address", text(payment.instructions().address()));
    body.put("payin_extra_id", JsonNull.INSTANCE);
    body.put("price_amount", number(amounts.priceAmount()));
    body.put("price_currency", text(amounts.priceCurrency()));
    body.put("pay_amount", number(amounts.payAmount()));
    body.put("actually_paid", number(amounts.actuallyPaid()));
    body.put("actually_paid_at_fiat", number(amounts.actuallyPaidAtFiat()));
    body.put("pay_currency", text(amounts.payCurrency()));
    body.put("order_id", text(payment.reference()));
    body.put("order_description", new JsonString("DEMO payment, no real money"));
    body.put("outcome_amount", number(amounts.outcomeAmount()));
    body.put("outcome_currency", text(amounts.outcomeCurrency()));
    body.put("payment_extra_ids", JsonNull.INSTANCE);
    body.put("updated_at", new JsonNumber(Long.toString(payment.updatedAt().toEpochMilli())));
    return new JsonObject(body);
  }

  private static JsonValue number(BigDecimal amount) {
    return amount == null ? JsonNull.INSTANCE : new JsonNumber(JsNumberText.of(amount.toString()));
  }

  private static JsonValue text(String value) {
    return value == null ? JsonNull.INSTANCE : new JsonString(value);
  }
}
