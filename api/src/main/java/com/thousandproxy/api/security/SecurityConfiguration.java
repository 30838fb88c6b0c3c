package com.thousandproxy.api.security;

import com.thousandproxy.api.web.EnvelopeWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may call what. Owned resources and admin routes are listed explicitly; everything else is
 * public so that an unknown route is a plain 404.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  @Bean
  SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, EnvelopeWriter writer) {
    var entryPoint = new EnvelopeAuthenticationEntryPoint(writer);
    var deniedHandler = new EnvelopeAccessDeniedHandler(writer);
    return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        .exceptionHandling(
            handling ->
                handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
        .authorizeExchange(
            exchange ->
                exchange
                    .pathMatchers(HttpMethod.POST, "/api/v1/payments/webhooks/**")
                    .permitAll()
                    .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                    .permitAll()
                    .pathMatchers("/api/v1/admin/**")
                    .hasRole("ADMIN")
                    .pathMatchers(
                        "/api/v1/me/**",
                        "/api/v1/orders/**",
                        "/api/v1/payments/**",
                        "/api/v1/wallet/**",
                        "/api/v1/server-clients/**",
                        "/api/v1/auth/logout",
                        "/actuator/**")
                    .authenticated()
                    .anyExchange()
                    .permitAll())
        .build();
  }
}
