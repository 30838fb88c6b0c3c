package com.thousandproxy.adapters.persistence.delivery;

import com.thousandproxy.adapters.persistence.server.LinkSettingsJson;
import com.thousandproxy.application.delivery.DeliveredClient;
import com.thousandproxy.application.server.InboundLinkSettings;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.PanelAccount;
import com.thousandproxy.domain.client.ServerClient;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.LinkName;
import com.thousandproxy.domain.links.ProxyAccount;
import com.thousandproxy.domain.links.ShareLinkSpec;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Turns a stored row into the delivered client: the domain client and its share link, built from
 * the inbound's stored link settings and the server's public host the way the panel builds it.
 */
final class DeliveryRows {

  private static final String VISION = "xtls-rprx-vision";

  private DeliveryRows() {}

  static DeliveredClient delivered(DeliveryRow row) {
    Protocol protocol = Protocol.fromWireName(row.protocol()).orElseThrow();
    ServerClient client = client(row, protocol);
    InboundLinkSettings link = LinkSettingsJson.read(row.settings(), row.streamSettings());
    StreamSettings stream =
        link.streamSettings().orElseGet(() -> SketchedStream.read(row.streamSettings()));
    List<ShareLinkSpec> links =
        stream == null ? List.of() : List.of(spec(row, protocol, link, stream));
    return new DeliveredClient(
        client,
        new PlanId(row.planId()),
        row.planName(),
        row.serverName(),
        row.location(),
        links,
        row.tokenNonce());
  }

  private static ServerClient client(DeliveryRow row, Protocol protocol) {
    String secret = row.uuid() != null ? row.uuid() : row.password();
    Long limit = row.limitBytes();
    return new ServerClient(
        new ServerClientId(row.id()),
        new UserId(row.userId()),
        // a client always comes from an order today; 1 stands in should an admin-made one appear
        new OrderId(row.orderId() == null ? 1 : row.orderId()),
        new ServerId(row.serverId()),
        new InboundId(row.inboundId()),
        protocol,
        new PanelAccount(row.email(), secret == null ? "-" : secret),
        row.tokenHash(),
        Math.max(1, row.limitIp()),
        limit == null || limit == 0
            ? BandwidthLimit.unlimited()
            : BandwidthLimit.ofGigabytes(Math.max(1, limit / BandwidthLimit.BYTES_PER_GB)),
        new TrafficUsage(row.upBytes(), row.downBytes()),
        row.expiresAtMillis() == null ? Instant.EPOCH : Instant.ofEpochMilli(row.expiresAtMillis()),
        ClientStatus.valueOf(row.status()));
  }

  private static ShareLinkSpec spec(
      DeliveryRow row, Protocol protocol, InboundLinkSettings link, StreamSettings stream) {
    return new ShareLinkSpec(
        link.linkHost(row.publicHost()),
        row.port(),
        stream,
        account(row, protocol, link, stream),
        LinkName.of(row.remark() == null ? "" : row.remark(), row.email()));
  }

  private static ProxyAccount account(
      DeliveryRow row, Protocol protocol, InboundLinkSettings link, StreamSettings stream) {
    return switch (protocol) {
      case VLESS -> new ProxyAccount.Vless(row.uuid(), flow(stream), link.vlessEncryption());
      case VMESS -> new ProxyAccount.Vmess(row.uuid(), "auto");
      case TROJAN -> new ProxyAccount.Trojan(row.password(), "");
      case SHADOWSOCKS ->
          new ProxyAccount.Shadowsocks(
              link.shadowsocksMethod() == null ? "aes-256-gcm" : link.shadowsocksMethod(),
              link.shadowsocksPassword(),
              row.password());
    };
  }

  /** The flow provisioning gives VLESS clients: vision over TCP with TLS or REALITY. */
  private static String flow(StreamSettings stream) {
    boolean secured =
        stream.security() instanceof TransportSecurity.Tls
            || stream.security() instanceof TransportSecurity.Reality;
    return stream.transport() instanceof InboundTransport.Tcp && secured ? VISION : "";
  }
}
