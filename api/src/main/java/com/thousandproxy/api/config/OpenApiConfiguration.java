package com.thousandproxy.api.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the public API in the served OpenAPI document. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  @Bean
  OpenAPI thousandProxyOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("1000proxy API")
                .version("v1")
                .description(
                    "Buy proxy/VPN plans, pay, and receive working client links. Every JSON"
                        + " response uses the envelope {success, message, data|errors}.")
                .license(new License().name("Proprietary")));
  }
}
