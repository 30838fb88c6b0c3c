package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.plan.R2dbcPlanRepository;
import com.thousandproxy.application.plan.port.out.PlanRepository;
import com.thousandproxy.application.plan.service.PlanAdministrationService;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.service.CatalogChanges;
import com.thousandproxy.application.shared.Transactions;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Plan administration: plans with their inbound pools. */
@Configuration(proxyBeanMethods = false)
public class ServerPlanConfiguration {

  @Bean
  R2dbcPlanRepository planRepository(DatabaseClient db) {
    return new R2dbcPlanRepository(db);
  }

  @Bean
  PlanAdministrationService planAdministrationService(
      PlanRepository plans,
      InboundRepository inbounds,
      CatalogLabelRepository labels,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    return new PlanAdministrationService(plans, inbounds, labels, transactions, changes, clock);
  }
}
