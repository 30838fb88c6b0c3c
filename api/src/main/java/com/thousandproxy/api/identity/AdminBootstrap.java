package com.thousandproxy.api.identity;

import com.thousandproxy.application.identity.port.in.BootstrapAdminUseCase;
import com.thousandproxy.domain.identity.EmailAddress;
import com.thousandproxy.domain.identity.PlainPassword;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Creates the first admin once the application is up, without blocking any thread; the outcome is
 * logged (the e-mail, never the password).
 */
final class AdminBootstrap implements ApplicationListener<ApplicationReadyEvent> {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final BootstrapAdminUseCase bootstrap;
  private final BootstrapProperties properties;

  AdminBootstrap(BootstrapAdminUseCase bootstrap, BootstrapProperties properties) {
    this.bootstrap = bootstrap;
    this.properties = properties;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    if (!properties.configured()) {
      log.info("No app.bootstrap.admin-email/admin-password: no admin is created at start");
      return;
    }
    EmailAddress email = EmailAddress.of(properties.adminEmail());
    bootstrap
        .ensureAdmin(email, new PlainPassword(properties.adminPassword()))
        .subscribe(
            created ->
                log.info(
                    created
                        ? "Bootstrap admin {} created"
                        : "An admin exists already: bootstrap admin {} not created",
                    email),
            error ->
                log.error(
                    "Bootstrap admin {} not created: {}", email, error.getClass().getSimpleName()));
  }
}
