package com.thousandproxy.api.subscription;

import static com.thousandproxy.api.subscription.ClientSubscriptions.aSubscriptionExpiringAt;

import com.thousandproxy.api.support.DemoApplicationTest;
import com.thousandproxy.application.subscription.port.out.SubscriptionSource;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The feed in the whole app: public without a login, wired to whatever source is a bean. */
@DemoApplicationTest
class SubscriptionFeedInAppTest {

  @TestConfiguration
  static class Source {
    @Bean
    SubscriptionSource subscriptionSource() {
      return new InMemorySubscriptionSource()
          .put(
              "app-token-1",
              aSubscriptionExpiringAt(Instant.parse("2099-01-01T00:00:00Z")).build());
    }
  }

  @Autowired WebTestClient http;

  @Test
  void theFeedNeedsNoLoginAndComesWithItsHeaders() {
    http.get()
        .uri("/sub/app-token-1?format=clash")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("text/yaml;charset=utf-8")
        .expectHeader()
        .valueMatches(
            "subscription-userinfo", "upload=\\d+; download=\\d+; total=\\d+; expire=4070908800")
        .expectHeader()
        .valueEquals("profile-update-interval", "12");
  }

  @Test
  void aBrowserGetsTheSelfContainedPage() {
    http.get()
        .uri("/sub/u/app-token-1")
        .header(HttpHeaders.USER_AGENT, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5) Safari/604.1")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("text/html;charset=utf-8")
        .expectBody(String.class)
        .value(page -> org.assertj.core.api.Assertions.assertThat(page).doesNotContain("<script"));
  }

  @Test
  void anUnknownTokenIsA404EvenWithoutALogin() {
    http.get()
        .uri("/sub/unknown-token")
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false);
  }

  @Test
  void theOpenApiDocumentDescribesTheFeed() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/sub/{token}'].get")
        .exists()
        .jsonPath("$.paths['/sub/u/{token}'].get")
        .exists();
  }
}
