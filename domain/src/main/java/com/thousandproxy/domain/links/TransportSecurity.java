package com.thousandproxy.domain.links;

import java.util.List;
import java.util.Objects;

/** The {@code security} layer of an inbound's stream: none, TLS or REALITY. */
public sealed interface TransportSecurity {

  /** No (or an unknown) security layer. */
  record None() implements TransportSecurity {}

  /**
   * TLS. {@code serverName} and {@code fingerprint} are {@code null} when the inbound does not have
   * the key at all (then the link has no {@code sni} / {@code fp}); an empty string is kept, as the
   * panel writes {@code sni=} for it.
   */
  record Tls(String serverName, List<String> alpn, String fingerprint)
      implements TransportSecurity {
    public Tls {
      alpn = List.copyOf(Objects.requireNonNullElse(alpn, List.of()));
    }
  }

  /**
   * REALITY. A link carries one of {@code serverNames} and one of {@code shortIds}, chosen at
   * random for every link, as the panel does.
   */
  record Reality(
      List<String> serverNames,
      List<String> shortIds,
      String publicKey,
      String fingerprint,
      String mldsa65Verify)
      implements TransportSecurity {
    public Reality {
      serverNames = List.copyOf(Objects.requireNonNullElse(serverNames, List.of()));
      shortIds = List.copyOf(Objects.requireNonNullElse(shortIds, List.of()));
      fingerprint = Objects.requireNonNullElse(fingerprint, "");
      mldsa65Verify = Objects.requireNonNullElse(mldsa65Verify, "");
    }
  }

  static TransportSecurity none() {
    return new None();
  }
}
