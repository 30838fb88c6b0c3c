package com.thousandproxy.api.config;

import com.thousandproxy.adapters.persistence.catalogadmin.R2dbcCatalogLabelRepository;
import com.thousandproxy.adapters.persistence.server.R2dbcInboundRepository;
import com.thousandproxy.adapters.persistence.server.R2dbcServerRepository;
import com.thousandproxy.api.admin.servers.AdminCatalogErrorRules;
import com.thousandproxy.api.secrets.AesGcmSecretCipher;
import com.thousandproxy.api.secrets.EncryptionKeys;
import com.thousandproxy.api.secrets.UnconfiguredSecretCipher;
import com.thousandproxy.application.audit.port.out.AuditLog;
import com.thousandproxy.application.catalog.port.out.CatalogCache;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.server.port.out.CatalogLabelRepository;
import com.thousandproxy.application.server.port.out.InboundRepository;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.server.port.out.ServerRepository;
import com.thousandproxy.application.server.service.CatalogChanges;
import com.thousandproxy.application.server.service.CheckServerHealthService;
import com.thousandproxy.application.server.service.ManageCatalogLabelsService;
import com.thousandproxy.application.server.service.PanelGatewayRouter;
import com.thousandproxy.application.server.service.ResolvePanelConnectionService;
import com.thousandproxy.application.server.service.ServerAdministrationService;
import com.thousandproxy.application.server.service.SyncServerInboundsService;
import com.thousandproxy.application.shared.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Server administration: servers and their inbounds, categories and brands, the cipher sealing
 * panel secrets under {@code app.secrets.encryption-key}, and the connection provisioning uses.
 */
@Configuration(proxyBeanMethods = false)
public class ServerAdminConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ServerAdminConfiguration.class);

  /**
   * AES-256-GCM under the configured key. Without one the demo profile generates a throw-away key
   * (with a warning); elsewhere the application runs but anything needing a panel secret answers
   * 503, and the start-up log says so.
   */
  @Bean
  SecretCipher secretCipher(
      @Value("${app.secrets.encryption-key:}") String key, Environment environment) {
    SecureRandom random = new SecureRandom();
    if (!key.isBlank()) {
      return new AesGcmSecretCipher(EncryptionKeys.fromBase64(key), random);
    }
    if (environment.acceptsProfiles(Profiles.of("demo"))) {
      LOG.warn(
          "DEMO: app.secrets.encryption-key is not set, panel secrets are sealed under a"
              + " throw-away key that dies with this process");
      return new AesGcmSecretCipher(EncryptionKeys.generate(random), random);
    }
    LOG.error(
        "app.secrets.encryption-key is not set: servers cannot be registered or reached. Set a"
            + " base64 256-bit key, e.g. from `openssl rand -base64 32`");
    return new UnconfiguredSecretCipher();
  }

  @Bean
  R2dbcServerRepository serverRepository(DatabaseClient db) {
    return new R2dbcServerRepository(db);
  }

  @Bean
  R2dbcInboundRepository inboundRepository(DatabaseClient db) {
    return new R2dbcInboundRepository(db);
  }

  @Bean
  R2dbcCatalogLabelRepository catalogLabelRepository(DatabaseClient db) {
    return new R2dbcCatalogLabelRepository(db);
  }

  @Bean
  CatalogChanges catalogChanges(
      CatalogCache cache, SubscriptionCache feeds, AuditLog audit, Clock clock) {
    return new CatalogChanges(cache, feeds, audit, clock);
  }

  @Bean
  ResolvePanelConnectionService resolvePanelConnectionService(
      ServerRepository servers, SecretCipher cipher) {
    return new ResolvePanelConnectionService(servers, cipher);
  }

  @Bean
  ServerAdministrationService serverAdministrationService(
      ServerRepository servers,
      InboundRepository inbounds,
      CatalogLabelRepository labels,
      SecretCipher cipher,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    return new ServerAdministrationService(
        servers, inbounds, labels, cipher, transactions, changes, clock);
  }

  @Bean
  SyncServerInboundsService syncServerInboundsService(
      ServerAdministrationService browse,
      ResolvePanelConnectionService connections,
      PanelGatewayRouter panels,
      ServerRepository servers,
      InboundRepository inbounds,
      Transactions transactions,
      CatalogChanges changes,
      Clock clock) {
    return new SyncServerInboundsService(
        browse, connections, panels, panels, servers, inbounds, transactions, changes, clock);
  }

  @Bean
  CheckServerHealthService checkServerHealthService(
      ServerAdministrationService browse,
      ResolvePanelConnectionService connections,
      PanelGatewayRouter panels,
      ServerRepository servers,
      Clock clock) {
    return new CheckServerHealthService(browse, connections, panels, servers, clock);
  }

  @Bean
  ManageCatalogLabelsService manageCatalogLabelsService(
      CatalogLabelRepository labels, CatalogChanges changes, Clock clock) {
    return new ManageCatalogLabelsService(labels, changes, clock);
  }

  @Bean
  AdminCatalogErrorRules adminCatalogErrorRules() {
    return new AdminCatalogErrorRules();
  }
}
