package com.thousandproxy.domain.server;

import com.thousandproxy.domain.catalog.BrandId;
import com.thousandproxy.domain.catalog.CategoryId;
import com.thousandproxy.domain.catalog.Protocol;
import java.net.URI;

/** Builds valid servers and inbounds; each {@code with…} changes one thing. */
public final class ServerTestData {

  private String panelUrl = "https://panel.example.com:2053/secret/";
  private String publicHost = "de1.example.com";
  private int capacity = 10;
  private boolean active = true;

  private ServerTestData() {}

  public static ServerTestData aServer() {
    return new ServerTestData();
  }

  /** An inbound of server 1 with the given protocol, as plans of {@code PlanTestData} expect. */
  public static Inbound anInbound(long id, Protocol protocol) {
    return new Inbound(
        new InboundId(id), new ServerId(1), 3, protocol, 443, "DE vless", "tcp", "reality");
  }

  public ServerTestData withPanelUrl(String url) {
    panelUrl = url;
    return this;
  }

  public ServerTestData withPublicHost(String host) {
    publicHost = host;
    return this;
  }

  public ServerTestData withCapacity(int newCapacity) {
    capacity = newCapacity;
    return this;
  }

  public ServerTestData inactive() {
    active = false;
    return this;
  }

  public Server build() {
    return new Server(
        new ServerId(1),
        "Frankfurt 1",
        URI.create(panelUrl),
        new CredentialsRef("server-1"),
        publicHost,
        Location.of("DE"),
        new CategoryId(1),
        new BrandId(1),
        capacity,
        active);
  }
}
