package com.thousandproxy.api.subscription;

import static com.thousandproxy.api.subscription.ClientSubscriptions.aSubscriptionExpiringAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.observability.SubscriptionMetrics;
import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.api.subscription.render.ClashProfileRenderer;
import com.thousandproxy.api.subscription.render.LinkListRenderer;
import com.thousandproxy.api.subscription.render.SingBoxConfigRenderer;
import com.thousandproxy.api.subscription.render.SubscriptionPageRenderer;
import com.thousandproxy.api.web.ApiErrorClassifier;
import com.thousandproxy.api.web.ApiErrorWebExceptionHandler;
import com.thousandproxy.api.web.EnvelopeWriter;
import com.thousandproxy.application.subscription.service.SubscriptionFeedService;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import tools.jackson.databind.json.JsonMapper;

class SubscriptionFeedControllerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant IN_TEN_DAYS = NOW.plus(Duration.ofDays(10));
  private static final String GB = Long.toString(1024L * 1024 * 1024);

  private final InMemorySubscriptionSource source =
      new InMemorySubscriptionSource()
          .put("active-token", aSubscriptionExpiringAt(IN_TEN_DAYS).build())
          .put(
              "expired-token",
              aSubscriptionExpiringAt(NOW.minus(Duration.ofDays(2)))
                  .in(ClientStatus.EXPIRED)
                  .build())
          .put(
              "suspended-token",
              aSubscriptionExpiringAt(IN_TEN_DAYS).in(ClientStatus.SUSPENDED).build())
          .put(
              "russian-token",
              aSubscriptionExpiringAt(IN_TEN_DAYS).named("Германия 30 дней").build());

  private final WebTestClient http = client(source, "https://t.me/help");

  @Test
  void theDefaultFeedIsBase64OfExactlyTheClientsLinks() {
    String body =
        get("/sub/active-token", null)
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentType("text/plain;charset=utf-8")
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();

    String decoded = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    ShareLinkBuilder expected = new ShareLinkBuilder(new SplittableRandom(7));
    assertThat(decoded.split("\n"))
        .containsExactlyElementsOf(LinkSpecs.ALL.stream().map(expected::build).toList());
  }

  @Test
  void theHeadersCarryUsageLimitExpiryIntervalTitleFileNameAndSupport() {
    get("/sub/active-token", null)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(
            "subscription-userinfo",
            "upload="
                + Long.parseLong(GB) / 2
                + "; download="
                + GB
                + "; total="
                + 10 * Long.parseLong(GB)
                + "; expire="
                + IN_TEN_DAYS.getEpochSecond())
        .expectHeader()
        .valueEquals("profile-update-interval", "12")
        .expectHeader()
        .valueEquals("profile-title", "Germany 30 days")
        .expectHeader()
        .valueEquals(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''Germany%2030%20days.txt")
        .expectHeader()
        .valueEquals("support-url", "https://t.me/help")
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectHeader()
        .value(HttpHeaders.VARY, vary -> assertThat(vary).contains("User-Agent", "Accept"));
  }

  @Test
  void aNonAsciiTitleIsSentAsBase64AndTheFileNamePercentEncoded() {
    get("/sub/russian-token?format=clash", null)
        .expectHeader()
        .valueEquals(
            "profile-title",
            "base64:"
                + Base64.getEncoder()
                    .encodeToString("Германия 30 дней".getBytes(StandardCharsets.UTF_8)))
        .expectHeader()
        .valueEquals(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename*=UTF-8''%D0%93%D0%B5%D1%80%D0%BC%D0%B0%D0%BD%D0%B8%D1%8F%2030%20%D0%B4%D0%BD%D0%B5%D0%B9.yaml");
  }

  @ParameterizedTest(name = "{0} gets {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "clash-verge/v2.2.3 | text/yaml;charset=utf-8",
        "mihomo/1.19.12 | text/yaml;charset=utf-8",
        "ClashMetaForAndroid/2.11.5.Meta | text/yaml;charset=utf-8",
        "Stash/2.7.0 Clash/1.11.0 | text/yaml;charset=utf-8",
        "sing-box 1.11.4 | application/json",
        "SFA/1.11.9 (Android 14; sing-box 1.11.9) | application/json",
        "SFI/1.11.4 (iOS 17.5; sing-box 1.11.4) | application/json",
        "HiddifyNext/2.5.7 (android) like ClashMeta v2ray sing-box | application/json",
        "v2rayNG/1.9.30 | text/plain;charset=utf-8",
        "Streisand/1.6.42 | text/plain;charset=utf-8",
        "Shadowrocket/2070 CFNetwork/1496.0.7 Darwin/23.5.0 | text/plain;charset=utf-8",
        "curl/8.5.0 | text/plain;charset=utf-8"
      })
  void theUserAgentPicksTheFormat(String userAgent, String contentType) {
    http.get()
        .uri("/sub/active-token")
        .header(HttpHeaders.USER_AGENT, userAgent)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(contentType);
  }

  @Test
  void aBrowserGetsThePageAndAnAppAskingForHtmlStillGetsItsFeed() {
    http.get()
        .uri("/sub/u/active-token")
        .header(
            HttpHeaders.USER_AGENT,
            "Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36")
        .accept(MediaType.TEXT_HTML, MediaType.ALL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("text/html;charset=utf-8")
        .expectHeader()
        .doesNotExist(HttpHeaders.CONTENT_DISPOSITION)
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("https://shop.example.com/sub/u/active-token"));
    http.get()
        .uri("/sub/active-token")
        .header(HttpHeaders.USER_AGENT, "v2rayNG/1.9.30")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectHeader()
        .contentType("text/plain;charset=utf-8");
  }

  @Test
  void theFormatParameterWinsOverTheUserAgent() {
    get("/sub/active-token?format=links", "clash-verge/v2.2.3")
        .expectHeader()
        .contentType("text/plain;charset=utf-8")
        .expectBody(String.class)
        .value(body -> assertThat(body).startsWith("vless://"));
    get("/sub/active-token?format=singbox", "v2rayNG/1.9.30")
        .expectHeader()
        .contentType(MediaType.APPLICATION_JSON)
        .expectHeader()
        .valueEquals(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename*=UTF-8''Germany%2030%20days.json");
  }

  @Test
  void anUnknownFormatIsABadRequestInTheEnvelope() {
    get("/sub/active-token?format=xray", null)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.success")
        .isEqualTo(false)
        .jsonPath("$.errors.format")
        .isArray();
  }

  @Test
  void anUnknownOrMalformedTokenIsANotFoundEnvelopeWithNoHint() {
    for (String path : List.of("/sub/no-such-token", "/sub/u/no-such-token", "/sub/bad.token!")) {
      get(path, null)
          .expectStatus()
          .isNotFound()
          .expectHeader()
          .contentType(MediaType.APPLICATION_JSON)
          .expectHeader()
          .doesNotExist("subscription-userinfo")
          .expectBody()
          .jsonPath("$.success")
          .isEqualTo(false)
          .jsonPath("$.message")
          .isEqualTo("Subscription not found");
    }
  }

  @Test
  void anExpiredClientGets200WithNoLinksAndAnExpiryInThePast() {
    for (String format : List.of("base64", "links")) {
      get("/sub/expired-token?format=" + format, null)
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueMatches("subscription-userinfo", ".*; expire=(\\d+)$")
          .expectHeader()
          .value("subscription-userinfo", info -> assertThat(expiry(info)).isBefore(NOW))
          .expectBody()
          .isEmpty();
    }
    get("/sub/expired-token?format=clash", null)
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(yaml -> assertThat(yaml).contains("proxies: []").contains("REJECT"));
  }

  @Test
  void aSuspendedClientGets200WithNoLinks() {
    get("/sub/suspended-token", null).expectStatus().isOk().expectBody().isEmpty();
  }

  @Test
  void withoutASupportUrlThereIsNoSupportHeader() {
    client(source, "")
        .get()
        .uri("/sub/active-token")
        .exchange()
        .expectHeader()
        .doesNotExist("support-url");
  }

  private WebTestClient.ResponseSpec get(String uri, String userAgent) {
    var request = http.get().uri(uri);
    if (userAgent != null) {
      request = request.header(HttpHeaders.USER_AGENT, userAgent);
    }
    return request.exchange();
  }

  private static Instant expiry(String userInfo) {
    return Instant.ofEpochSecond(Long.parseLong(userInfo.replaceAll(".*expire=", "")));
  }

  private static WebTestClient client(InMemorySubscriptionSource source, String supportUrl) {
    var service = new SubscriptionFeedService(source, Clock.fixed(NOW, ZoneOffset.UTC), supportUrl);
    var renderer =
        new FeedRenderer(
            new LinkListRenderer(new ShareLinkBuilder(new SplittableRandom(7))),
            new ClashProfileRenderer(),
            new SingBoxConfigRenderer(),
            new SubscriptionPageRenderer(new QrCodeRenderer()));
    var controller =
        new SubscriptionFeedController(
            service,
            renderer,
            new SubscriptionProperties(supportUrl, 12),
            "https://shop.example.com/",
            new SubscriptionMetrics(new SimpleMeterRegistry()));
    var errors =
        new ApiErrorWebExceptionHandler(
            new ApiErrorClassifier(List.of()), new EnvelopeWriter(JsonMapper.builder().build()));
    return WebTestClient.bindToController(controller)
        .apply(
            new org.springframework.test.web.reactive.server.MockServerConfigurer() {
              @Override
              public void beforeServerCreated(WebHttpHandlerBuilder builder) {
                builder.exceptionHandlers(handlers -> handlers.add(0, errors));
              }
            })
        .build();
  }
}
