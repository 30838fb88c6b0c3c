package com.thousandproxy.api.jobs;

import com.thousandproxy.adapters.persistence.jobs.R2dbcJobQueue;
import com.thousandproxy.adapters.persistence.jobs.R2dbcJobStore;
import com.thousandproxy.adapters.persistence.transaction.R2dbcTransactions;
import com.thousandproxy.api.observability.CorrelatedJobHandler;
import com.thousandproxy.api.web.ApiErrorRule;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.jobs.JobHandler;
import com.thousandproxy.application.jobs.port.in.AdministerJobsUseCase;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.jobs.port.out.JobStore;
import com.thousandproxy.application.jobs.service.AdministerJobsService;
import com.thousandproxy.application.jobs.service.JobRunner;
import com.thousandproxy.application.shared.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * The durable job queue in the database and this instance's worker pool. A feature plugs in work by
 * declaring a {@link JobHandler} bean: the pool claims only the types it has handlers for.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsConfiguration {

  @Bean
  Transactions transactions(ReactiveTransactionManager transactionManager) {
    return new R2dbcTransactions(transactionManager);
  }

  @Bean
  JobQueue jobQueue(DatabaseClient db, Clock clock, JobsProperties properties) {
    return new R2dbcJobQueue(db, clock, properties.maxAttempts());
  }

  @Bean
  JobStore jobStore(DatabaseClient db, ReactiveTransactionManager transactionManager) {
    return new R2dbcJobStore(db, transactionManager);
  }

  @Bean
  JobRunner jobRunner(
      JobStore store, ObjectProvider<JobHandler> handlers, JobsProperties properties, Clock clock) {
    return new JobRunner(
        store,
        handlers.orderedStream().<JobHandler>map(CorrelatedJobHandler::new).toList(),
        properties.runnerSettings(),
        clock);
  }

  @Bean
  @ConditionalOnProperty(name = "app.jobs.enabled", matchIfMissing = true)
  JobRunnerLifecycle jobRunnerLifecycle(JobRunner runner, JobsProperties properties) {
    return new JobRunnerLifecycle(runner, properties.shutdownGrace());
  }

  @Bean
  AdministerJobsUseCase administerJobsUseCase(JobStore store, AuditLog auditLog, Clock clock) {
    return new AdministerJobsService(store, auditLog, clock);
  }

  @Bean
  ApiErrorRule jobErrorRules() {
    return new JobErrorRules();
  }
}
