package com.thousandproxy.adapters.xui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Panel sessions shared by every instance through Redis, each under a key made from a SHA-256 of
 * the panel key (the panel URL holds its secret web base path) and kept for a TTL shorter than the
 * panel's own session life (6 h by default), after which the next call logs in again. Redis being
 * down costs a login, never a failed call. Values are never logged.
 */
public final class RedisPanelSessionStore implements PanelSessionStore {

  private static final Logger LOG = LoggerFactory.getLogger("xui");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ReactiveStringRedisTemplate redis;
  private final String prefix;
  private final Duration ttl;

  public RedisPanelSessionStore(ReactiveStringRedisTemplate redis, String prefix, Duration ttl) {
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("the session TTL must be positive");
    }
    this.redis = redis;
    this.prefix = prefix;
    this.ttl = ttl;
  }

  @Override
  public Mono<PanelSession> find(String panelKey) {
    return redis
        .opsForValue()
        .get(key(panelKey))
        .map(RedisPanelSessionStore::read)
        .onErrorResume(
            e -> {
              LOG.warn("panel session store unavailable, logging in instead: {}", e.toString());
              return Mono.empty();
            });
  }

  @Override
  public Mono<Void> save(String panelKey, PanelSession session) {
    return redis
        .opsForValue()
        .set(key(panelKey), write(session), ttl)
        .then()
        .onErrorResume(e -> ignored("save", e));
  }

  @Override
  public Mono<Void> remove(String panelKey) {
    return redis.delete(key(panelKey)).then().onErrorResume(e -> ignored("remove", e));
  }

  private static Mono<Void> ignored(String what, Throwable e) {
    LOG.warn("panel session store could not {} a session: {}", what, e.toString());
    return Mono.empty();
  }

  private String key(String panelKey) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(panelKey.getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String write(PanelSession session) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("cookies", session.cookies());
    value.put("csrf", session.csrfToken());
    return JSON.writeValueAsString(value);
  }

  private static PanelSession read(String json) {
    JsonNode root = JSON.readTree(json);
    Map<String, String> cookies = new LinkedHashMap<>();
    root.path("cookies")
        .properties()
        .forEach(e -> cookies.put(e.getKey(), e.getValue().asString()));
    JsonNode csrf = root.path("csrf");
    return new PanelSession(cookies, csrf.isString() ? csrf.asString() : null);
  }
}
