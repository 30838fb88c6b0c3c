package com.thousandproxy.api.subscription;

import com.thousandproxy.api.observability.SubscriptionMetrics;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.subscription.SubscriptionFeed;
import com.thousandproxy.application.subscription.port.in.SubscriptionFeedUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The public subscription feed VPN apps poll; the token in the path is the only credential. An
 * unknown, rotated or malformed token is a plain 404 that tells nothing more.
 */
@RestController
@Tag(name = "Subscription", description = "The feed VPN apps import and refresh")
public class SubscriptionFeedController {

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,128}");

  private final SubscriptionFeedUseCase feeds;
  private final FeedRenderer renderer;
  private final SubscriptionProperties properties;
  private final String publicBaseUrl;
  private final SubscriptionMetrics metrics;

  /**
   * @param publicBaseUrl where customers reach us ({@code app.public-base-url}), for the URL the
   *     page shows
   */
  public SubscriptionFeedController(
      SubscriptionFeedUseCase feeds,
      FeedRenderer renderer,
      SubscriptionProperties properties,
      @Value("${app.public-base-url}") String publicBaseUrl,
      SubscriptionMetrics metrics) {
    this.feeds = feeds;
    this.renderer = renderer;
    this.properties = properties;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
    this.metrics = metrics;
  }

  @GetMapping({"/sub/{token}", "/sub/u/{token}"})
  @Operation(
      summary = "Subscription feed",
      description =
          "base64 of the share links (text/plain) by default; format=links|clash|singbox|base64,"
              + " or the User-Agent (Clash family: Clash Meta YAML; sing-box, Hiddify, SFA/SFI/SFM:"
              + " sing-box JSON); a browser (Accept: text/html) gets a page with a QR code and"
              + " import buttons. Headers: subscription-userinfo, profile-update-interval,"
              + " profile-title, content-disposition, support-url. An expired or suspended"
              + " client gets 200 with no links; an unknown token 404.")
  public Mono<ResponseEntity<byte[]>> feed(
      @PathVariable String token,
      @Parameter(description = "links, clash, singbox or base64")
          @RequestParam(name = "format", required = false)
          String format,
      ServerHttpRequest request) {
    HttpHeaders requestHeaders = request.getHeaders();
    FeedFormat chosen =
        FeedFormatSelector.select(
            format, requestHeaders.getFirst(HttpHeaders.USER_AGENT), requestHeaders.getAccept());
    Mono<SubscriptionFeed> feed = TOKEN.matcher(token).matches() ? feeds.feed(token) : Mono.empty();
    String tag = chosen.name();
    return feed.switchIfEmpty(
            Mono.error(
                () -> {
                  metrics.feedRequest(tag, "not_found");
                  return new ResourceNotFoundException("Subscription");
                }))
        .map(found -> respond(found, chosen, request))
        .doOnNext(served -> metrics.feedServed(tag));
  }

  private ResponseEntity<byte[]> respond(
      SubscriptionFeed feed, FeedFormat format, ServerHttpRequest request) {
    String url = publicBaseUrl + request.getPath().pathWithinApplication().value();
    String userAgent = request.getHeaders().getFirst(HttpHeaders.USER_AGENT);
    String body = renderer.render(format, feed, userAgent, url);
    return ResponseEntity.ok()
        .headers(SubscriptionHeaders.of(feed, format, properties.updateIntervalHours()))
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
