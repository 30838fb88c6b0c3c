package com.thousandproxy.api.identity;

import com.thousandproxy.adapters.persistence.identity.R2dbcApiKeyRepository;
import com.thousandproxy.adapters.persistence.identity.R2dbcRefreshTokenRepository;
import com.thousandproxy.adapters.persistence.identity.R2dbcUserRepository;
import com.thousandproxy.api.security.RateLimitProperties;
import com.thousandproxy.api.security.SecurityProperties;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.identity.port.in.BootstrapAdminUseCase;
import com.thousandproxy.application.identity.port.out.AccessTokenIssuer;
import com.thousandproxy.application.identity.port.out.ApiKeyRepository;
import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import com.thousandproxy.application.identity.port.out.RefreshTokenRepository;
import com.thousandproxy.application.identity.port.out.UserRepository;
import com.thousandproxy.application.identity.service.ApiKeyService;
import com.thousandproxy.application.identity.service.BootstrapAdminService;
import com.thousandproxy.application.identity.service.CallerService;
import com.thousandproxy.application.identity.service.IdentityThrottle;
import com.thousandproxy.application.identity.service.LogInService;
import com.thousandproxy.application.identity.service.RefreshTokensService;
import com.thousandproxy.application.identity.service.RegisterUserService;
import com.thousandproxy.application.identity.service.SessionTokens;
import com.thousandproxy.application.identity.service.UserAdministrationService;
import com.thousandproxy.domain.identity.PasswordPolicy;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Wires identity: its R2DBC adapters, its services, the first-admin bootstrap and error rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BootstrapProperties.class)
public class IdentityConfiguration {

  @Bean
  UserRepository userRepository(DatabaseClient db) {
    return new R2dbcUserRepository(db);
  }

  @Bean
  RefreshTokenRepository refreshTokenRepository(DatabaseClient db) {
    return new R2dbcRefreshTokenRepository(db);
  }

  @Bean
  ApiKeyRepository apiKeyRepository(DatabaseClient db) {
    return new R2dbcApiKeyRepository(db);
  }

  @Bean
  PasswordPolicy passwordPolicy() {
    return new PasswordPolicy();
  }

  @Bean
  IdentityThrottle identityThrottle(RateLimiter limiter, RateLimitProperties limits) {
    return new IdentityThrottle(limiter, limits.identityLimits());
  }

  @Bean
  SessionTokens sessionTokens(
      AccessTokenIssuer issuer,
      RefreshTokenRepository refreshTokens,
      SecurityProperties security,
      Clock clock) {
    return new SessionTokens(issuer, refreshTokens, security.jwt().refreshTokenTtl(), clock);
  }

  @Bean
  RegisterUserService registerUserService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      IdentityThrottle throttle,
      AuditLog audit,
      Clock clock) {
    return new RegisterUserService(users, hasher, policy, throttle, audit, clock);
  }

  @Bean
  LogInService logInService(
      UserRepository users,
      PasswordHasher hasher,
      SessionTokens sessions,
      IdentityThrottle throttle,
      AuditLog audit,
      Clock clock) {
    return new LogInService(users, hasher, sessions, throttle, audit, clock);
  }

  @Bean
  RefreshTokensService refreshTokensService(
      RefreshTokenRepository tokens,
      UserRepository users,
      SessionTokens sessions,
      AuditLog audit,
      Clock clock) {
    return new RefreshTokensService(tokens, users, sessions, audit, clock);
  }

  @Bean
  CallerService callerService(UserRepository users, ApiKeyRepository keys, Clock clock) {
    return new CallerService(users, keys, clock);
  }

  @Bean
  ApiKeyService apiKeyService(ApiKeyRepository keys, AuditLog audit, Clock clock) {
    return new ApiKeyService(keys, audit, clock);
  }

  @Bean
  UserAdministrationService userAdministrationService(
      UserRepository users, RefreshTokenRepository tokens, AuditLog audit, Clock clock) {
    return new UserAdministrationService(users, tokens, audit, clock);
  }

  @Bean
  BootstrapAdminService bootstrapAdminService(
      UserRepository users,
      PasswordHasher hasher,
      PasswordPolicy policy,
      AuditLog audit,
      Clock clock) {
    return new BootstrapAdminService(users, hasher, policy, audit, clock);
  }

  @Bean
  AdminBootstrap adminBootstrap(BootstrapAdminUseCase bootstrap, BootstrapProperties properties) {
    return new AdminBootstrap(bootstrap, properties);
  }

  @Bean
  IdentityErrorRules identityErrorRules() {
    return new IdentityErrorRules();
  }
}
