package com.thousandproxy.api.subscription.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.application.subscription.SubscriptionFeed;
import com.thousandproxy.domain.client.ClientStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionPageRendererTest {

  private static final String URL = "https://shop.example.com/sub/AbC123_-";
  private static final String EVIL = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  private final SubscriptionPageRenderer renderer =
      new SubscriptionPageRenderer(new QrCodeRenderer());

  @Test
  void aMaliciousPlanOrClientNameIsEscapedEverywhere() {
    String page = renderer.render(feed(EVIL, EVIL, ClientStatus.ACTIVE), URL);

    assertThat(page).doesNotContain("<script>", "<img", "onerror=alert(1)>");
    assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img");
    assertThat(page).doesNotContain("#<script>");
  }

  @Test
  void thePageShowsTheNumbersAQrCodeOfTheUrlAndAnImportButtonPerApp() {
    String page = renderer.render(feed("Germany 30 days", "u1-alice", ClientStatus.ACTIVE), URL);

    assertThat(page)
        .contains("<meta name=\"viewport\"")
        .contains("Germany 30 days", "u1-alice", "Active")
        .contains("2026-04-01 00:00 UTC")
        .contains("1.50 GB of 10.00 GB")
        .contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains(
            "href=\"v2rayng://install-config?url=https%3A%2F%2Fshop.example.com%2Fsub%2FAbC123_-\"")
        .contains("href=\"hiddify://import/" + URL + "#Germany%2030%20days\"")
        .contains(
            "href=\"clash://install-config?url=https%3A%2F%2Fshop.example.com%2Fsub%2FAbC123_-%3Fformat%3Dclash&amp;name=Germany%2030%20days\"")
        .contains(
            "href=\"sing-box://import-remote-profile?url=https%3A%2F%2Fshop.example.com%2Fsub%2FAbC123_-#Germany%2030%20days\"")
        .doesNotContain("<script", "<link", "src=\"http");
  }

  @Test
  void anExpiredClientSeesWhyItHasNoServers() {
    String page = renderer.render(feed("Plan", "u1", ClientStatus.EXPIRED), URL);

    assertThat(page).contains("Expired: renew it");
  }

  private static SubscriptionFeed feed(String title, String client, ClientStatus status) {
    long gb = 1024L * 1024 * 1024;
    return new SubscriptionFeed(
        title,
        client,
        status,
        List.of(),
        gb / 2,
        gb,
        10 * gb,
        Instant.parse("2026-04-01T00:00:00Z"),
        null);
  }
}
