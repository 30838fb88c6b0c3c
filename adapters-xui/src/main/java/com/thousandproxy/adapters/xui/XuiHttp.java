package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import io.netty.channel.ChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Raw HTTP to panels over reactor-netty: no redirects followed, gzip accepted, answers in English,
 * each call guarded per panel. A panel with {@code tlsVerify=false} is reached with a trust-all TLS
 * context (self-signed certificates), every other with the JVM's trust store.
 */
final class XuiHttp {

  /** The body of a request: none, a form, or JSON text. */
  record Body(MediaType type, Object content) {
    static final Body NONE = new Body(null, null);

    static Body json(String json) {
      return new Body(MediaType.APPLICATION_JSON, json);
    }

    static Body form(org.springframework.util.MultiValueMap<String, String> form) {
      return new Body(MediaType.APPLICATION_FORM_URLENCODED, form);
    }
  }

  /**
   * The largest answer read. An inbound list carries every client twice (in settings and as a
   * traffic row), about half a kilobyte each: WebClient's default of 256 KiB fails a panel of a few
   * hundred clients; 16 MiB holds some 30,000.
   */
  static final int MAX_ANSWER_BYTES = 16 * 1024 * 1024;

  private final WebClient verifying;
  private final WebClient trustingAll;
  private final PanelGuards guards;

  XuiHttp(XuiSettings settings, PanelGuards guards) {
    this.guards = guards;
    HttpClient base =
        HttpClient.create()
            .compress(true)
            .followRedirect(false)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis());
    this.verifying = webClient(base);
    this.trustingAll = webClient(base.secure(spec -> spec.sslContext(trustAllContext())));
  }

  private static WebClient webClient(HttpClient client) {
    return WebClient.builder()
        .clientConnector(new ReactorClientHttpConnector(client))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES))
        .build();
  }

  private static SslContext trustAllContext() {
    try {
      return SslContextBuilder.forClient()
          .trustManager(InsecureTrustManagerFactory.INSTANCE)
          .build();
    } catch (SSLException e) {
      throw new IllegalStateException("cannot build the TLS context for self-signed panels", e);
    }
  }

  /**
   * One call; {@code headers} are added as given (auth). 5xx and network failures become {@link
   * PanelUnavailableException}s; any other status is returned for the caller to read.
   */
  Mono<XuiResponse> exchange(
      PanelConnection panel,
      HttpMethod method,
      String path,
      Body body,
      Map<String, String> headers) {
    URI uri = URI.create(panel.baseUrl() + path);
    WebClient client =
        panel.tlsVerify() || !"https".equalsIgnoreCase(uri.getScheme()) ? verifying : trustingAll;
    String name = panel.baseUrl().toString();
    WebClient.RequestBodySpec request =
        client
            .method(method)
            .uri(uri)
            .headers(
                h -> {
                  h.set(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
                  h.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US");
                  h.set("X-Requested-With", "XMLHttpRequest");
                  headers.forEach(h::set);
                });
    WebClient.RequestHeadersSpec<?> ready = request;
    if (body.content() instanceof String json) {
      ready = request.contentType(body.type()).bodyValue(json);
    } else if (body.content() != null) {
      @SuppressWarnings("unchecked")
      var form = (org.springframework.util.MultiValueMap<String, String>) body.content();
      ready = request.contentType(body.type()).body(BodyInserters.fromFormData(form));
    }
    Mono<XuiResponse> call =
        ready
            .exchangeToMono(XuiHttp::read)
            .onErrorMap(
                e -> !(e instanceof PanelUnavailableException),
                e ->
                    new PanelUnavailableException(
                        name, Reason.UNREACHABLE, e.getClass().getSimpleName(), e))
            .flatMap(
                response ->
                    response.status() >= 500
                        ? Mono.error(
                            new PanelUnavailableException(
                                name, Reason.SERVER_ERROR, "HTTP " + response.status()))
                        : Mono.just(response));
    return guards.call(panel, call);
  }

  private static Mono<XuiResponse> read(ClientResponse response) {
    Map<String, String> cookies = new HashMap<>();
    response
        .cookies()
        .forEach(
            (name, values) -> {
              ResponseCookie last = values.get(values.size() - 1);
              cookies.put(name, last.getMaxAge().isZero() ? "" : last.getValue());
            });
    int status = response.statusCode().value();
    return response
        .bodyToMono(String.class)
        .defaultIfEmpty("")
        .map(body -> new XuiResponse(status, body, Map.copyOf(cookies)));
  }
}
