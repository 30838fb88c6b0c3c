package com.thousandproxy.adapters.persistence.support;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.time.Duration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** Lettuce connections for tests: the real Redis on 127.0.0.1:6379, or a port nobody listens on. */
public final class RedisConnections {

  public static final int REDIS_PORT = 6379;

  /** 127.0.0.1:1 is closed: every command fails fast, like a Redis that went away. */
  public static final int CLOSED_PORT = 1;

  private RedisConnections() {}

  public static LettuceConnectionFactory factory(int port) {
    LettuceClientConfiguration client =
        LettuceClientConfiguration.builder()
            .commandTimeout(Duration.ofSeconds(2))
            .clientOptions(
                ClientOptions.builder()
                    .autoReconnect(false)
                    .socketOptions(
                        SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
                    .build())
            .build();
    LettuceConnectionFactory factory =
        new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port), client);
    factory.afterPropertiesSet();
    factory.start();
    return factory;
  }

  /** A template on the real Redis; fails (never skips) when Redis does not answer PONG. */
  public static ReactiveStringRedisTemplate realRedis(LettuceConnectionFactory factory) {
    ReactiveRedisConnectionFactory connections = factory;
    String pong = connections.getReactiveConnection().ping().block(Duration.ofSeconds(5));
    if (!"PONG".equals(pong)) {
      throw new IllegalStateException("Redis at 127.0.0.1:" + REDIS_PORT + " answered " + pong);
    }
    return new ReactiveStringRedisTemplate(factory);
  }
}
