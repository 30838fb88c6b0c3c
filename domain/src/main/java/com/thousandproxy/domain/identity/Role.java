package com.thousandproxy.domain.identity;

/** What an account may do: customers buy, resellers also script through API keys, admins run it. */
public enum Role {
  CUSTOMER,
  RESELLER,
  ADMIN;

  /** Whether accounts with this role may hold API keys. */
  public boolean mayUseApiKeys() {
    return this != CUSTOMER;
  }
}
