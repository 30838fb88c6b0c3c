package com.thousandproxy.api.provisioning;

import com.thousandproxy.adapters.persistence.provisioning.R2dbcClientPlacement;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcPanelDirectory;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcProvisioningOrders;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcProvisioningRefunds;
import com.thousandproxy.adapters.persistence.provisioning.R2dbcServerClientRepository;
import com.thousandproxy.api.delivery.InvalidatingServerClients;
import com.thousandproxy.application.delivery.port.out.SubscriptionCache;
import com.thousandproxy.application.panel.port.out.PanelClientGateway;
import com.thousandproxy.application.provisioning.ClientIdentities;
import com.thousandproxy.application.provisioning.ProvisionOrderJobHandler;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.provisioning.port.in.ProvisionOrderUseCase;
import com.thousandproxy.application.provisioning.port.out.ClientPlacement;
import com.thousandproxy.application.provisioning.port.out.CustomerNotifier;
import com.thousandproxy.application.provisioning.port.out.DeliveryTimings;
import com.thousandproxy.application.provisioning.port.out.PanelDirectory;
import com.thousandproxy.application.provisioning.port.out.ProvisioningOrders;
import com.thousandproxy.application.provisioning.port.out.ProvisioningRefunds;
import com.thousandproxy.application.provisioning.port.out.ServerClientRepository;
import com.thousandproxy.application.provisioning.service.PanelCalls;
import com.thousandproxy.application.provisioning.service.ProvisionOrderService;
import com.thousandproxy.application.provisioning.service.ProvisioningFailure;
import com.thousandproxy.application.provisioning.service.PurchaseDelivery;
import com.thousandproxy.application.provisioning.service.RenewalDelivery;
import com.thousandproxy.application.server.port.out.SecretCipher;
import com.thousandproxy.application.shared.Transactions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Provisioning: the {@code provision-order} job handler (picked up by the job runner as a {@link
 * com.thousandproxy.application.jobs.JobHandler} bean) over the R2DBC adapters, the panel gateway
 * and the subscription token key ({@code app.clients.subscription-token-key}).
 */
@Configuration(proxyBeanMethods = false)
public class ProvisioningConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningConfiguration.class);

  @Bean
  ProvisionOrderJobHandler provisionOrderJobHandler(ProvisionOrderUseCase provisioning) {
    return handler(provisioning);
  }

  @Bean
  SubscriptionTokens subscriptionTokens(
      @Value("${app.clients.subscription-token-key:}") String key) {
    if (key.isBlank()) {
      LOG.warn(
          "app.clients.subscription-token-key is not set: a throw-away key is used, so every"
              + " subscription URL changes (and old ones stop working) when the process restarts");
      byte[] generated = new byte[32];
      new SecureRandom().nextBytes(generated);
      return tokens(generated);
    }
    return tokens(Base64.getDecoder().decode(key.trim()));
  }

  @Bean
  ProvisionOrderUseCase provisionOrderUseCase(
      DatabaseClient db,
      Transactions transactions,
      PanelClientGateway gateway,
      SubscriptionTokens tokens,
      SecretCipher cipher,
      ObjectProvider<CustomerNotifier> notifiers,
      SubscriptionCache feeds,
      DeliveryTimings timings,
      Clock clock) {
    return provisioning(
        new R2dbcProvisioningOrders(db),
        new InvalidatingServerClients(new R2dbcServerClientRepository(db), feeds),
        new R2dbcClientPlacement(db),
        new R2dbcPanelDirectory(db, cipher::open),
        gateway,
        new R2dbcProvisioningRefunds(db),
        notifiers.getIfAvailable(LoggingCustomerNotifier::new),
        transactions,
        tokens,
        timings,
        clock);
  }

  static ProvisionOrderJobHandler handler(ProvisionOrderUseCase provisioning) {
    return new ProvisionOrderJobHandler(provisioning);
  }

  static SubscriptionTokens tokens(byte[] key) {
    return new SubscriptionTokens(key, new SecureRandom());
  }

  /** The whole use case from its ports (also what the integration tests build). */
  static ProvisionOrderUseCase provisioning(
      ProvisioningOrders orders,
      ServerClientRepository clients,
      ClientPlacement placement,
      PanelDirectory directory,
      PanelClientGateway gateway,
      ProvisioningRefunds refunds,
      CustomerNotifier notifier,
      Transactions transactions,
      SubscriptionTokens tokens,
      DeliveryTimings timings,
      Clock clock) {
    PanelCalls panels = new PanelCalls(directory, gateway);
    return new ProvisionOrderService(
        orders,
        new PurchaseDelivery(
            clients,
            orders,
            placement,
            panels,
            transactions,
            new ClientIdentities(new SecureRandom()),
            tokens,
            notifier,
            clock),
        new RenewalDelivery(clients, orders, panels, transactions, tokens, notifier, clock),
        new ProvisioningFailure(orders, clients, refunds, notifier, transactions, clock),
        timings,
        clock);
  }
}
