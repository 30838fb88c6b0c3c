package com.thousandproxy.api.security;

import com.thousandproxy.api.web.EnvelopeWriter;
import com.thousandproxy.application.identity.port.in.AuthenticateCallerUseCase;
import com.thousandproxy.application.identity.port.out.PasswordHasher;
import com.thousandproxy.application.identity.port.out.RateLimiter;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerReactiveAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Who may call what, and how callers prove it. Every API route is listed: public ones explicitly,
 * admin and reseller ones by role, and any other {@code /api/**} route needs a login. Credentials:
 * our RS256 access tokens (optionally an external issuer's too) or a reseller's {@code X-API-Key}.
 * Stateless: no session, no cookie, so no CSRF surface.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, CorsProperties.class})
public class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityWebFilterChain securityWebFilterChain(
      ServerHttpSecurity http,
      EnvelopeWriter writer,
      ReactiveJwtDecoder accessTokenDecoder,
      AuthenticateCallerUseCase callers,
      SecurityProperties properties,
      RateLimiter rateLimiter,
      RateLimitProperties limits,
      CorsConfigurationSource corsConfigurationSource,
      SecurityEvents events) {
    var entryPoint = new EnvelopeAuthenticationEntryPoint(writer, events);
    var deniedHandler = new EnvelopeAccessDeniedHandler(writer, events);
    ReactiveAuthenticationManager ownTokens = ownTokenManager(accessTokenDecoder, callers);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .cors(cors -> cors.configurationSource(corsConfigurationSource))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                    .frameOptions(frame -> frame.mode(Mode.DENY))
                    .hsts(
                        hsts ->
                            hsts.includeSubdomains(true).maxAge(java.time.Duration.ofDays(365))))
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(deniedHandler)
                    .authenticationManagerResolver(issuers(ownTokens, callers, properties.jwt())))
        .addFilterAt(
            ApiKeyAuthentication.filter(callers, entryPoint),
            SecurityWebFiltersOrder.AUTHENTICATION)
        .addFilterBefore(
            new ApiRateLimitFilter(rateLimiter, limits.api().toLimit(), writer, events),
            SecurityWebFiltersOrder.AUTHORIZATION)
        .authorizeExchange(SecurityConfiguration::routes)
        .build();
  }

  private static void routes(ServerHttpSecurity.AuthorizeExchangeSpec exchange) {
    exchange
        .pathMatchers(
            HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh")
        .permitAll()
        .pathMatchers(HttpMethod.GET, "/.well-known/jwks.json")
        .permitAll()
        // Any method: the catalog is read-only here, so a write is a 405 rather than a 401.
        .pathMatchers(
            "/api/v1/server-categories",
            "/api/v1/server-brands",
            "/api/v1/server-plans",
            "/api/v1/server-plans/*")
        .permitAll()
        .pathMatchers(HttpMethod.GET, "/sub/**", "/api/v1/sub/**")
        .permitAll()
        .pathMatchers(HttpMethod.POST, "/api/v1/payments/webhooks/**")
        .permitAll()
        .pathMatchers("/api/v1/admin/**")
        .hasRole("ADMIN")
        .pathMatchers("/api/v1/me/api-keys", "/api/v1/me/api-keys/**")
        .hasAnyRole("RESELLER", "ADMIN")
        .pathMatchers("/api/**")
        .authenticated()
        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
        .permitAll()
        .pathMatchers("/actuator/**")
        .hasRole("ADMIN")
        .anyExchange()
        .permitAll();
  }

  /** Our own tokens; with {@code app.security.jwt.issuer-uri}, the external issuer's too. */
  private static JwtIssuerReactiveAuthenticationManagerResolver issuers(
      ReactiveAuthenticationManager ownTokens,
      AuthenticateCallerUseCase callers,
      SecurityProperties.Jwt jwt) {
    Map<String, ReactiveAuthenticationManager> managers =
        jwt.issuerUri() == null || jwt.issuerUri().isBlank()
            ? Map.of(jwt.issuer(), ownTokens)
            : Map.of(jwt.issuer(), ownTokens, jwt.issuerUri(), externalManager(callers, jwt));
    return new JwtIssuerReactiveAuthenticationManagerResolver(
        issuer -> Mono.justOrEmpty(managers.get(issuer)));
  }

  private static ReactiveAuthenticationManager ownTokenManager(
      ReactiveJwtDecoder decoder, AuthenticateCallerUseCase callers) {
    var manager = new JwtReactiveAuthenticationManager(decoder);
    manager.setJwtAuthenticationConverter(new OwnTokenAuthenticationConverter(callers));
    return manager;
  }

  private static ReactiveAuthenticationManager externalManager(
      AuthenticateCallerUseCase callers, SecurityProperties.Jwt jwt) {
    var manager =
        new JwtReactiveAuthenticationManager(
            NimbusReactiveJwtDecoder.withIssuerLocation(jwt.issuerUri()).build());
    manager.setJwtAuthenticationConverter(
        new ExternalTokenAuthenticationConverter(
            callers, jwt.externalRoleClaim(), jwt.externalEmailClaim()));
    return manager;
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
    CorsConfiguration config = new CorsConfiguration();
    config.setAllowedOrigins(cors.allowedOrigins());
    config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
    config.setAllowedHeaders(
        List.of("Authorization", "Content-Type", "X-API-Key", "Idempotency-Key"));
    config.setExposedHeaders(List.of("Retry-After"));
    config.setAllowCredentials(false);
    config.setMaxAge(cors.maxAge());
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/api/**", config);
    source.registerCorsConfiguration("/.well-known/**", config);
    return source;
  }

  @Bean
  TrustedProxyFilter trustedProxyFilter(SecurityProperties properties) {
    return new TrustedProxyFilter(properties.trustedProxies());
  }

  @Bean
  SecurityEvents securityEvents() {
    return new SecurityEvents();
  }

  @Bean
  RetryAfterHeaderFilter retryAfterHeaderFilter(SecurityEvents events) {
    return new RetryAfterHeaderFilter(events);
  }

  /** Few threads on purpose: hashing is CPU-bound, more threads than cores only queue. */
  @Bean(destroyMethod = "dispose")
  Scheduler passwordHashingScheduler() {
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    return Schedulers.newBoundedElastic(threads, 10_000, "password-hash");
  }

  @Bean
  PasswordHasher passwordHasher(SecurityProperties properties, Scheduler passwordHashingScheduler) {
    return new BCryptPasswordHasher(properties.bcryptStrength(), passwordHashingScheduler);
  }
}
