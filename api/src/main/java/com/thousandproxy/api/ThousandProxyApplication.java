package com.thousandproxy.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The 1000proxy Boot application: wires the use cases to their adapters and serves the API. */
@SpringBootApplication
public class ThousandProxyApplication {

  public static void main(String[] args) {
    SpringApplication.run(ThousandProxyApplication.class, args);
  }
}
