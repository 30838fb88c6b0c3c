package com.thousandproxy.application.ordering;

/** No such order, or not the caller's: the API answers 404 either way. */
public final class OrderNotFoundException extends RuntimeException {

  public OrderNotFoundException(long orderId) {
    super("order " + orderId + " not found");
  }
}
