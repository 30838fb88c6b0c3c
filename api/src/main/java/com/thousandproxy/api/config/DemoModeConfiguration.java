package com.thousandproxy.api.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Says loudly, once the app is ready, that this is the demo: nothing here is real or kept. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
public class DemoModeConfiguration {

  private static final Logger log = LoggerFactory.getLogger("demo");

  @Bean
  ApplicationListener<ApplicationReadyEvent> demoModeAnnouncement() {
    return event ->
        log.warn(
            "DEMO MODE: in-memory H2 database (lost at exit), in-memory caches, a demo panel that"
                + " carries no traffic and demo payments that move no money. Do not sell from this"
                + " instance; run without the demo profile against MariaDB and Redis for real.");
  }
}
