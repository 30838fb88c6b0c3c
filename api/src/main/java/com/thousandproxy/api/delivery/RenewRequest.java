package com.thousandproxy.api.delivery;

/** {@code POST /server-clients/{id}/renew}: how to pay the renewal. */
public record RenewRequest(String paymentMethod, String payCurrency) {}
