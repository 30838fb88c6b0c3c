package com.thousandproxy.api.delivery;

import com.thousandproxy.api.qr.QrCodeRenderer;
import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.ResourceNotFoundException;
import com.thousandproxy.application.delivery.ClientDelivery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** QR images of a client's first link or subscription URL, drawn off the event loop. */
public final class QrImages {

  static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
  private static final int PNG_SIZE = 400;

  private final QrCodeRenderer renderer;
  private final Links links;

  public QrImages(QrCodeRenderer renderer, Links links) {
    this.renderer = renderer;
    this.links = links;
  }

  /** What the query asks for: {@code format} png (default) or svg; {@code target} subscription. */
  record Request(boolean svg, boolean subscription) {}

  static Request request(String format, String target) {
    String f = format == null ? "png" : format.strip().toLowerCase(java.util.Locale.ROOT);
    if (!f.equals("png") && !f.equals("svg")) {
      throw new InvalidRequestException(Map.of("format", List.of("must be png or svg")));
    }
    if (target != null && !target.isBlank() && !target.equals("subscription")) {
      throw new InvalidRequestException(
          Map.of("target", List.of("must be subscription or absent")));
    }
    return new Request(f.equals("svg"), target != null && target.equals("subscription"));
  }

  Mono<ResponseEntity<byte[]>> render(Request request, ClientDelivery client) {
    String text =
        request.subscription()
            ? links.subscriptionUrl(client.subscriptionToken())
            : links.of(client.delivered()).stream().findFirst().orElse(null);
    if (text == null) {
      return Mono.error(new ResourceNotFoundException("Link"));
    }
    return Mono.fromCallable(() -> image(request, text)).subscribeOn(Schedulers.parallel());
  }

  private ResponseEntity<byte[]> image(Request request, String text) {
    byte[] body =
        request.svg()
            ? renderer.svg(text).getBytes(StandardCharsets.UTF_8)
            : renderer.png(text, PNG_SIZE);
    return ResponseEntity.ok()
        .contentType(request.svg() ? SVG : MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
