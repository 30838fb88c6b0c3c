package com.thousandproxy.adapters.persistence.provisioning;

import com.thousandproxy.application.provisioning.ClientCredentials;
import com.thousandproxy.application.provisioning.StoredClient;
import com.thousandproxy.application.provisioning.UnitKey;
import com.thousandproxy.domain.catalog.BandwidthLimit;
import com.thousandproxy.domain.catalog.PlanId;
import com.thousandproxy.domain.catalog.Protocol;
import com.thousandproxy.domain.client.ClientStatus;
import com.thousandproxy.domain.client.ServerClientId;
import com.thousandproxy.domain.client.TrafficUsage;
import com.thousandproxy.domain.ordering.OrderId;
import com.thousandproxy.domain.ordering.OrderItemId;
import com.thousandproxy.domain.server.InboundId;
import com.thousandproxy.domain.server.ServerId;
import com.thousandproxy.domain.user.UserId;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Set;

/** Reads a server_clients row joined with its inbound. */
public final class ClientRows {

  public static final String SELECT =
      "SELECT c.id, c.user_id, c.order_id, c.order_item_id, c.unit_index, c.server_id,"
          + " c.server_inbound_id, i.panel_inbound_id, i.network, i.security, c.server_plan_id,"
          + " c.protocol, c.client_uuid, c.client_password, c.sub_id, c.email, c.status,"
          + " c.expires_at, c.traffic_limit_bytes, c.limit_ip, c.traffic_up_bytes,"
          + " c.traffic_down_bytes, c.subscription_token_nonce, c.version"
          + " FROM server_clients c JOIN server_inbounds i ON i.id = c.server_inbound_id";

  private static final String VISION = "xtls-rprx-vision";
  private static final Set<String> VISION_SECURITY = Set.of("tls", "reality");

  private ClientRows() {}

  public static StoredClient read(Readable row) {
    Protocol protocol = Protocol.fromWireName(row.get("protocol", String.class)).orElseThrow();
    Long orderId = row.get("order_id", Long.class);
    Long itemId = row.get("order_item_id", Long.class);
    Long limitBytes = row.get("traffic_limit_bytes", Long.class);
    Instant expiresAt = Utc.read(row, "expires_at");
    return new StoredClient(
        new ServerClientId(row.get("id", Long.class)),
        new UserId(row.get("user_id", Long.class)),
        orderId == null ? null : new OrderId(orderId),
        itemId == null
            ? null
            : new UnitKey(new OrderItemId(itemId), row.get("unit_index", Integer.class)),
        new ServerId(row.get("server_id", Long.class)),
        new InboundId(row.get("server_inbound_id", Long.class)),
        row.get("panel_inbound_id", Integer.class),
        new PlanId(row.get("server_plan_id", Long.class)),
        protocol,
        new ClientCredentials(
            row.get("email", String.class),
            row.get("client_uuid", String.class),
            row.get("client_password", String.class),
            row.get("sub_id", String.class)),
        flow(protocol, row.get("network", String.class), row.get("security", String.class)),
        ClientStatus.valueOf(row.get("status", String.class)),
        expiresAt == null ? Instant.EPOCH : expiresAt,
        limitBytes == null || limitBytes == 0
            ? BandwidthLimit.unlimited()
            : BandwidthLimit.ofGigabytes(Math.max(1, limitBytes / BandwidthLimit.BYTES_PER_GB)),
        row.get("limit_ip", Integer.class),
        new TrafficUsage(
            row.get("traffic_up_bytes", Long.class), row.get("traffic_down_bytes", Long.class)),
        row.get("subscription_token_nonce", String.class),
        row.get("version", Long.class));
  }

  /** VLESS over TCP with TLS or REALITY uses the vision flow; every other client none. */
  static String flow(Protocol protocol, String network, String security) {
    boolean vision =
        protocol == Protocol.VLESS
            && "tcp".equalsIgnoreCase(network)
            && security != null
            && VISION_SECURITY.contains(security.toLowerCase(java.util.Locale.ROOT));
    return vision ? VISION : "";
  }
}
