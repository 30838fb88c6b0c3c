package com.thousandproxy.api.admin.servers;

/**
 * A server as an admin sends it. On PUT an absent {@code password} or {@code apiToken} keeps the
 * stored one and an empty {@code apiToken} removes it. {@code dialect}: {@code auto} (default),
 * {@code classic} or {@code clients-api}. Never printed with its secrets.
 */
public record ServerRequest(
    String name,
    String panelUrl,
    String username,
    String password,
    String apiToken,
    Boolean tlsVerify,
    String publicHost,
    String location,
    Long categoryId,
    Long brandId,
    Integer capacity,
    Boolean active,
    String dialect) {

  @Override
  public String toString() {
    return "ServerRequest[name=" + name + ", panelUrl=" + panelUrl + ", secrets=***]";
  }
}
