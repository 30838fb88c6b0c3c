package com.thousandproxy.adapters.payments.nowpayments;

import com.thousandproxy.adapters.payments.json.JsonReader;
import com.thousandproxy.adapters.payments.json.JsonShapeException;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;

/**
 * One HTTP answer from NowPayments: its status and raw body. Errors use the envelope {@code
 * {"status":false,"statusCode":403,"code":"INVALID_API_KEY","message":"Invalid api key"}}, except
 * the rate limiter's nginx HTML page.
 */
record NowPaymentsReply(int status, byte[] body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  JsonObject json() {
    return JsonReader.parseObject(body);
  }

  /** The envelope's {@code code}, or {@code HTTP_<status>} when the body is not the envelope. */
  String errorCode() {
    String code = envelope("code");
    return code == null ? "HTTP_" + status : code;
  }

  String errorMessage() {
    String message = envelope("message");
    return message == null ? "no JSON error body" : message;
  }

  private String envelope(String field) {
    try {
      return json().text(field);
    } catch (JsonShapeException notJson) {
      return null; // e.g. the HTML page of a 429: the status alone says what happened
    }
  }
}
