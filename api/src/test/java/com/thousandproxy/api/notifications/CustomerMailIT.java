package com.thousandproxy.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.thousandproxy.api.lifecycle.LifecyclePanelStubs;
import com.thousandproxy.api.support.ItDatabase;
import com.thousandproxy.api.support.TestJwtKeys;
import com.thousandproxy.application.jobs.JobPriority;
import com.thousandproxy.application.jobs.NewJob;
import com.thousandproxy.application.jobs.port.out.JobQueue;
import com.thousandproxy.application.lifecycle.LifecycleJobs;
import com.thousandproxy.application.notification.NotifyExpiringJobHandler;
import com.thousandproxy.application.provisioning.IssuedToken;
import com.thousandproxy.application.provisioning.SubscriptionTokens;
import com.thousandproxy.application.server.port.out.SecretCipher;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Customer e-mail end to end: the whole application on a fresh MariaDB database and the real Redis,
 * a WireMock 3x-ui panel, its own job workers and GreenMail as the SMTP server in this JVM. Each
 * mail must carry exactly the share links and subscription URLs that the client page shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class CustomerMailIT {

  static final ItDatabase DATABASE = ItDatabase.create();
  static final TestJwtKeys KEYS = TestJwtKeys.create();
  static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static final LifecyclePanelStubs PANEL =
      new LifecyclePanelStubs(List.of(), new LifecyclePanelStubs.Row("none@1000proxy", "u0", 0, 0));
  static final String BASE_URL = "https://shop.mail.it.example";
  private static boolean seeded;

  static {
    SMTP.start();
    Runtime.getRuntime().addShutdownHook(new Thread(DATABASE::drop));
  }

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    registry.add("spring.r2dbc.url", DATABASE::r2dbcUrl);
    registry.add("spring.liquibase.url", DATABASE::jdbcUrl);
    registry.add("app.security.jwt.private-key", KEYS::privateKeyLocation);
    registry.add("app.security.jwt.public-key", KEYS::publicKeyLocation);
    registry.add("app.rate-limit.key-prefix", () -> "it:" + UUID.randomUUID() + ":");
    registry.add("app.catalog.cache-prefix", () -> "it-catalog-" + UUID.randomUUID());
    registry.add("app.delivery.cache-prefix", () -> "it-sub-" + UUID.randomUUID());
    registry.add("app.bootstrap.admin-email", () -> MailItClient.ADMIN_EMAIL);
    registry.add("app.bootstrap.admin-password", () -> MailItClient.ADMIN_PASSWORD);
    registry.add("app.secrets.encryption-key", () -> Base64.getEncoder().encodeToString(key));
    registry.add("app.jobs.poll-interval", () -> "100ms");
    registry.add("app.lifecycle.enabled", () -> "false");
    registry.add("app.public-base-url", () -> BASE_URL);
    registry.add("app.mail.enabled", () -> "true");
    registry.add("app.mail.from", () -> "1000proxy <no-reply@mail.it.example>");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stopServers() {
    PANEL.server.stop();
    SMTP.stop();
  }

  @Autowired DatabaseClient db;
  @Autowired SecretCipher cipher;
  @Autowired SubscriptionTokens tokens;
  @Autowired JobQueue queue;
  MailItClient http;

  @Autowired
  void httpClient(WebTestClient webClient) {
    http = new MailItClient(webClient.mutate().responseTimeout(Duration.ofSeconds(60)).build());
  }

  @BeforeEach
  void catalog() {
    synchronized (CustomerMailIT.class) {
      if (!seeded) {
        new MailItData(db).catalog(PANEL.url(), cipher.seal("pa55"));
        seeded = true;
      }
    }
  }

  @Test
  void a_paid_order_mails_the_payment_then_every_clients_links_and_subscription_url_once() {
    MailItClient.Customer customer = http.newCustomer();
    http.awaitTrue(
        "the bootstrap admin exists",
        () -> DATABASE.queryLong("SELECT COUNT(*) FROM users WHERE role = 'ADMIN'") > 0);
    http.credit(customer, "20.00");

    http.placeWalletOrder(customer, MailItData.PLAN, 2);

    http.awaitTrue(
        "both clients ACTIVE",
        () ->
            DATABASE.queryLong(
                    "SELECT COUNT(*) FROM server_clients WHERE status = 'ACTIVE' AND user_id = "
                        + customer.id())
                == 2);
    long orderId =
        DATABASE.queryLong("SELECT MAX(id) FROM orders WHERE user_id = " + customer.id());
    ReceivedMail delivered =
        Mailbox.await(SMTP, customer.email(), "order #" + orderId + " is ready");
    ReceivedMail paid = Mailbox.await(SMTP, customer.email(), "Payment received");

    List<Long> ids = http.clientIds(customer);
    assertThat(ids).hasSize(2);
    for (long id : ids) {
      Map<String, Object> page = http.client(customer, id);
      delivered.assertShows(http.links(page), (String) page.get("subscriptionUrl"));
    }
    assertThat(paid.text()).contains("order #" + orderId).contains("USD");
    assertThat(paid.html()).contains("order #" + orderId);

    http.awaitTrue("every send-email job done", () -> pendingMails() == 0);
    assertThat(Mailbox.to(SMTP, customer.email(), "is ready")).hasSize(1);
    assertThat(Mailbox.to(SMTP, customer.email(), "Payment received")).hasSize(1);
  }

  @Test
  void expiring_and_expired_clients_get_one_mail_each_with_their_links_however_often_triggered() {
    MailItClient.Customer customer = http.newCustomer();
    Instant now = Instant.now();
    IssuedToken soonToken = tokens.issue();
    IssuedToken goneToken = tokens.issue();
    MailItData data = new MailItData(db);
    long soon = 9_500 + customer.id() * 2;
    long gone = soon + 1;
    data.client(
        soon, customer.id(), UUID.randomUUID().toString(), now.plus(Duration.ofDays(2)), soonToken);
    data.client(gone, customer.id(), UUID.randomUUID().toString(), now.minusSeconds(60), goneToken);

    queue.enqueue(NotifyExpiringJobHandler.daily(now)).block();
    queue.enqueue(secondScan(now)).block();
    queue.enqueue(LifecycleJobs.expireClients(now, Duration.ofMinutes(1))).block();
    queue.enqueue(LifecycleJobs.expireClients(now.plusSeconds(60), Duration.ofMinutes(1))).block();

    ReceivedMail expiring = Mailbox.await(SMTP, customer.email(), "expires on");
    ReceivedMail expired = Mailbox.await(SMTP, customer.email(), "has expired");
    Map<String, Object> soonPage = http.client(customer, soon);
    Map<String, Object> gonePage = http.client(customer, gone);
    expiring.assertShows(http.links(soonPage), (String) soonPage.get("subscriptionUrl"));
    expired.assertShows(http.links(gonePage), (String) gonePage.get("subscriptionUrl"));
    assertThat(expiring.text()).doesNotContain((String) gonePage.get("subscriptionUrl"));
    assertThat(expired.text()).doesNotContain((String) soonPage.get("subscriptionUrl"));
    assertThat(gonePage.get("status")).isEqualTo("EXPIRED");
    assertThat((String) soonPage.get("subscriptionUrl"))
        .isEqualTo(BASE_URL + "/sub/" + soonToken.token());

    http.awaitTrue(
        "both scans, both expiry runs and every mail done",
        () ->
            DATABASE.queryLong(
                        "SELECT COUNT(*) FROM jobs WHERE status = 'SUCCEEDED' AND type IN ('"
                            + NotifyExpiringJobHandler.TYPE
                            + "', '"
                            + LifecycleJobs.EXPIRE_CLIENTS
                            + "')")
                    >= 4
                && pendingMails() == 0);
    assertThat(Mailbox.to(SMTP, customer.email(), "expires on")).hasSize(1);
    assertThat(Mailbox.to(SMTP, customer.email(), "has expired")).hasSize(1);
  }

  /** The same scan once more, as a second instance or a rerun would enqueue it. */
  private static NewJob secondScan(Instant now) {
    return new NewJob(
        NotifyExpiringJobHandler.TYPE,
        Map.of(),
        JobPriority.LOW,
        now,
        "it-rescan-" + UUID.randomUUID());
  }

  private static long pendingMails() {
    return DATABASE.queryLong(
        "SELECT COUNT(*) FROM jobs WHERE type = 'send-email' AND status <> 'SUCCEEDED'");
  }
}
