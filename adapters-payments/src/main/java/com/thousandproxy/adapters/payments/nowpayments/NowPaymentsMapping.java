package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsNumberText;
import com.thousandproxy.adapters.payments.json.JsonShapeException;
import com.thousandproxy.adapters.payments.json.JsonValue;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonBoolean;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNumber;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonString;
import com.thousandproxy.application.payment.GatewayPayment;
import com.thousandproxy.application.payment.GatewayPaymentStatus;
import com.thousandproxy.application.payment.MinimumCheck;
import com.thousandproxy.application.payment.NewPayment;
import com.thousandproxy.application.payment.PayInstructions;
import com.thousandproxy.application.payment.PaymentAmounts;
import com.thousandproxy.application.payment.PaymentCreation;
import com.thousandproxy.application.payment.PaymentEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads NowPayments payment JSON (create and status answers, IPN bodies) into provider-neutral
 * values. Ids are text ({@code payment_id} is a string in create answers and a number elsewhere);
 * amounts come from the number text.
 */
final class NowPaymentsMapping {

  static final String PROVIDER = "nowpayments";

  private NowPaymentsMapping() {}

  /** The {@code POST /v1/payment} body, fields in the documented order. */
  static JsonObject createBody(NewPayment payment, NowPaymentsSettings settings) {
    Map<String, JsonValue> body = new LinkedHashMap<>();
    body.put("price_amount", JsonNumber.of(payment.price().amount().stripTrailingZeros()));
    String fiat = payment.price().currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    body.put("price_currency", new JsonString(fiat));
    body.put("pay_currency", new JsonString(payment.payCurrency()));
    body.put("ipn_callback_url", new JsonString(payment.ipnCallbackUrl().toString()));
    body.put("order_id", new JsonString(payment.reference()));
    body.put("order_description", new JsonString(payment.description()));
    if (settings.fixedRate()) {
      body.put("is_fixed_rate", new JsonBoolean(true));
    }
    if (settings.feePaidByUser()) {
      body.put("is_fee_paid_by_user", new JsonBoolean(true));
    }
    return new JsonObject(body);
  }

  static GatewayPayment payment(String provider, JsonObject json) {
    PaymentAmounts amounts = amounts(json);
    String invoiceUrl = json.text("invoice_url");
    PayInstructions instructions =
        new PayInstructions(
            json.text("pay_address"),
            amounts.payAmount(),
            amounts.payCurrency(),
            json.text("payin_extra_id"),
            invoiceUrl == null ? null : URI.create(invoiceUrl),
            json.instant("expiration_estimate_date"));
    return new GatewayPayment(
        provider,
        requireId(json, "payment_id"),
        json.text("order_id"),
        GatewayPaymentStatus.fromProvider(json.text("payment_status")),
        amounts,
        instructions,
        id(json, "parent_payment_id"),
        json.instant("created_at"),
        json.instant("updated_at"));
  }

  static PaymentEvent event(String provider, JsonObject json) {
    String paymentId = requireId(json, "payment_id");
    String status = Objects.requireNonNullElse(json.text("payment_status"), "");
    String updatedAt = Objects.requireNonNullElse(id(json, "updated_at"), "");
    return new PaymentEvent(
        provider,
        paymentId,
        json.text("order_id"),
        GatewayPaymentStatus.fromProvider(status),
        amounts(json),
        id(json, "parent_payment_id"),
        json.instant("updated_at"),
        paymentId + ":" + status + ":" + updatedAt);
  }

  static PaymentAmounts amounts(JsonObject json) {
    return new PaymentAmounts(
        json.decimal("price_amount"),
        json.text("price_currency"),
        json.decimal("pay_amount"),
        json.text("pay_currency"),
        json.decimal("actually_paid"),
        json.decimal("actually_paid_at_fiat"),
        json.decimal("outcome_amount"),
        json.text("outcome_currency"));
  }

  /** A short, secret-free description of a call's outcome for the {@code payments} log. */
  static String describe(Object outcome) {
    if (outcome instanceof PaymentCreation.Created created) {
      return "created " + describe(created.payment());
    }
    if (outcome instanceof GatewayPayment payment) {
      return "payment " + payment.providerPaymentId() + " " + payment.status();
    }
    if (outcome instanceof PaymentCreation.Refused refused) {
      return "refused " + refused.code();
    }
    if (outcome instanceof MinimumCheck check) {
      return check.getClass().getSimpleName()
          + " min "
          + check.minimum().minimumPrice().toPlainString();
    }
    return outcome == null ? "not found" : outcome.getClass().getSimpleName();
  }

  static BigDecimal requireDecimal(JsonObject json, String name) {
    BigDecimal value = json.decimal(name);
    if (value == null) {
      throw new JsonShapeException("no " + name + " in the answer");
    }
    return value;
  }

  static String requireId(JsonObject json, String name) {
    String id = id(json, name);
    if (id == null || id.isBlank()) {
      throw new JsonShapeException("no " + name + " in the answer");
    }
    return id;
  }

  /** An id or timestamp written as a string or a number, as JavaScript prints the number. */
  static String id(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value instanceof JsonNumber number) {
      return JsNumberText.of(number.text());
    }
    return value instanceof JsonString string ? string.value() : null;
  }
}
