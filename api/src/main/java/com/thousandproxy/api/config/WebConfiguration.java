package com.thousandproxy.api.config;

import com.thousandproxy.api.spa.SpaDeepLinkFilter;
import com.thousandproxy.api.web.ApiErrorClassifier;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.api.web.ApiErrorWebExceptionHandler;
import com.thousandproxy.api.web.EnvelopeWriter;
import com.thousandproxy.api.web.RequestBodyLimitFilter;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP plumbing shared by every feature: envelope, error mapping, body limit, clock. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  EnvelopeWriter envelopeWriter(JsonMapper jsonMapper) {
    return new EnvelopeWriter(jsonMapper);
  }

  @Bean
  ApiErrorClassifier apiErrorClassifier(List<ApiErrorRule> rules) {
    return new ApiErrorClassifier(rules);
  }

  @Bean
  ApiErrorWebExceptionHandler apiErrorWebExceptionHandler(
      ApiErrorClassifier classifier, EnvelopeWriter writer) {
    return new ApiErrorWebExceptionHandler(classifier, writer);
  }

  @Bean
  RequestBodyLimitFilter requestBodyLimitFilter(
      @Value("${app.http.max-body-size:1MB}") DataSize maxBodySize, EnvelopeWriter writer) {
    return new RequestBodyLimitFilter(maxBodySize.toBytes(), writer);
  }

  @Bean
  SpaDeepLinkFilter spaDeepLinkFilter() {
    return new SpaDeepLinkFilter();
  }
}
