package com.thousandproxy.api.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.cors.*}: the browser origins (scheme://host[:port]) allowed to call the API from
 * another site; none by default, the SPA is served from the same origin.
 */
@ConfigurationProperties("app.cors")
public record CorsProperties(
    @DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {}
