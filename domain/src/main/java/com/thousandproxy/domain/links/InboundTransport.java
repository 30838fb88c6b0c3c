package com.thousandproxy.domain.links;

import java.util.Objects;

/**
 * The transport ("network") of an inbound as far as share links need it: what a panel keeps in
 * {@code streamSettings.<network>Settings}, already resolved (for example the effective Host of a
 * WebSocket is {@code host} when set, else the {@code Host} request header).
 */
public sealed interface InboundTransport {

  /** The value of the link's {@code type} parameter and of VMess's {@code net}. */
  String network();

  /** Transports addressed by an HTTP path and Host: their links carry both, even empty. */
  interface HttpAddressed {
    String path();

    String host();
  }

  /**
   * Raw TCP; {@code headerType} is {@code tcpSettings.header.type} ({@code "none"}, {@code "http"},
   * or {@code ""} when the inbound has no header object); path and host matter only for http.
   */
  record Tcp(String headerType, String requestPath, String requestHost)
      implements InboundTransport {
    public Tcp {
      headerType = Objects.requireNonNullElse(headerType, "");
      requestPath = Objects.requireNonNullElse(requestPath, "");
      requestHost = Objects.requireNonNullElse(requestHost, "");
    }

    public static Tcp plain() {
      return new Tcp("none", "", "");
    }

    public static Tcp httpHeader(String path, String host) {
      return new Tcp("http", path, host);
    }

    public boolean http() {
      return "http".equals(headerType);
    }

    @Override
    public String network() {
      return "tcp";
    }
  }

  record Ws(String path, String host) implements InboundTransport, HttpAddressed {
    public Ws {
      path = Objects.requireNonNullElse(path, "");
      host = Objects.requireNonNullElse(host, "");
    }

    @Override
    public String network() {
      return "ws";
    }
  }

  record Grpc(String serviceName, String authority, boolean multiMode) implements InboundTransport {
    public Grpc {
      serviceName = Objects.requireNonNullElse(serviceName, "");
      authority = Objects.requireNonNullElse(authority, "");
    }

    @Override
    public String network() {
      return "grpc";
    }
  }

  record HttpUpgrade(String path, String host) implements InboundTransport, HttpAddressed {
    public HttpUpgrade {
      path = Objects.requireNonNullElse(path, "");
      host = Objects.requireNonNullElse(host, "");
    }

    @Override
    public String network() {
      return "httpupgrade";
    }
  }

  /** XHTTP (SplitHTTP); {@code padding} carries the xPadding* settings a client must mirror. */
  record Xhttp(String path, String host, String mode, XhttpPadding padding)
      implements InboundTransport, HttpAddressed {
    public Xhttp {
      path = Objects.requireNonNullElse(path, "");
      host = Objects.requireNonNullElse(host, "");
      mode = Objects.requireNonNullElse(mode, "");
      padding = Objects.requireNonNullElse(padding, XhttpPadding.NONE);
    }

    @Override
    public String network() {
      return "xhttp";
    }
  }
}
