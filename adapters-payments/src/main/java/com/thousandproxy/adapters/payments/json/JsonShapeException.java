package com.thousandproxy.adapters.payments.json;

/** A JSON document that is not valid JSON or not shaped as expected. */
public class JsonShapeException extends RuntimeException {

  public JsonShapeException(String message) {
    super(message);
  }

  public JsonShapeException(String message, Throwable cause) {
    super(message, cause);
  }
}
