package com.thousandproxy.api.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.bootstrap.*}: the first admin, created at start when no admin exists yet.
 *
 * @param adminEmail the admin's e-mail; nothing happens when blank
 * @param adminPassword the admin's password; must pass the password policy
 */
@ConfigurationProperties("app.bootstrap")
public record BootstrapProperties(String adminEmail, String adminPassword) {

  boolean configured() {
    return adminEmail != null
        && !adminEmail.isBlank()
        && adminPassword != null
        && !adminPassword.isBlank();
  }

  @Override
  public String toString() {
    return "BootstrapProperties[adminEmail=" + adminEmail + ", adminPassword=***]";
  }
}
