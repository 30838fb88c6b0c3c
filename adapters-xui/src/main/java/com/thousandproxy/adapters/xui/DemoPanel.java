package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelClient;
import com.thousandproxy.application.panel.PanelClientTraffic;
import com.thousandproxy.application.panel.PanelInbound;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import com.thousandproxy.domain.links.InboundTransport;
import com.thousandproxy.domain.links.StreamSettings;
import com.thousandproxy.domain.links.TransportSecurity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEMO ONLY: the state of one in-memory demo panel, with the classic panel's rules (emails unique
 * panel-wide ignoring case, an inbound keeps at least one client). Guarded by its own monitor:
 * every operation is a few map look-ups, never I/O.
 */
final class DemoPanel {

  private final Map<Long, PanelInbound> inbounds = new LinkedHashMap<>();
  private final Map<Long, List<PanelClient>> clients = new LinkedHashMap<>();

  DemoPanel() {
    var reality =
        new TransportSecurity.Reality(
            List.of("www.amazon.com"),
            List.of("0c"),
            "DEMOpublicKeyDEMOpublicKeyDEMOpublicKeyDEMO",
            "chrome",
            "");
    seed(
        1,
        "DEMO-vless",
        "vless",
        443,
        new StreamSettings(InboundTransport.Tcp.plain(), reality),
        "none",
        null,
        null);
    var tls = new TransportSecurity.Tls("demo.invalid", List.of(), "chrome");
    seed(
        2,
        "DEMO-vmess",
        "vmess",
        8443,
        new StreamSettings(new InboundTransport.Ws("/ws", "demo.invalid"), tls),
        null,
        null,
        null);
    seed(
        3,
        "DEMO-trojan",
        "trojan",
        2083,
        new StreamSettings(new InboundTransport.Grpc("demo", "", false), tls),
        null,
        null,
        null);
    seed(
        4,
        "DEMO-ss",
        "shadowsocks",
        8388,
        new StreamSettings(InboundTransport.Tcp.plain(), TransportSecurity.none()),
        null,
        "2022-blake3-aes-128-gcm",
        "ZGVtby1zZXJ2ZXIta2V5IQ==");
  }

  private void seed(
      long id,
      String remark,
      String protocol,
      int port,
      StreamSettings stream,
      String encryption,
      String ssMethod,
      String ssKey) {
    inbounds.put(
        id,
        new PanelInbound(
            id, remark, protocol, "", port, true, stream, encryption, ssMethod, ssKey, List.of()));
    clients.put(id, new ArrayList<>());
  }

  synchronized List<PanelInbound> inbounds() {
    List<PanelInbound> out = new ArrayList<>();
    inbounds.forEach(
        (id, in) ->
            out.add(
                new PanelInbound(
                    id,
                    in.remark(),
                    in.protocol(),
                    in.listen(),
                    in.port(),
                    in.enable(),
                    in.stream(),
                    in.vlessEncryption(),
                    in.shadowsocksMethod(),
                    in.shadowsocksPassword(),
                    clients.get(id))));
    return out;
  }

  synchronized PanelWriteOutcome add(long inboundId, List<PanelClient> added) {
    if (!clients.containsKey(inboundId)) {
      return new PanelWriteOutcome.NotFound("inbound " + inboundId);
    }
    for (PanelClient client : added) {
      if (find(client.email(), true) != null) {
        return new PanelWriteOutcome.DuplicateEmail(client.email());
      }
    }
    clients.get(inboundId).addAll(added);
    return PanelWriteOutcome.applied();
  }

  /** Those of the emails that the inbound holds, keyed by {@link PanelClient#emailKey()}. */
  synchronized Map<String, PanelClient> find(long inboundId, List<PanelClient> wanted) {
    Map<String, PanelClient> found = new LinkedHashMap<>();
    for (PanelClient client : clients.getOrDefault(inboundId, List.of())) {
      for (PanelClient want : wanted) {
        if (want.emailKey().equals(client.emailKey())) {
          found.put(client.emailKey(), client);
        }
      }
    }
    return found;
  }

  synchronized PanelWriteOutcome update(long inboundId, String email, PanelClient client) {
    List<PanelClient> list = clients.get(inboundId);
    int index = indexOf(list, email);
    if (index < 0) {
      return new PanelWriteOutcome.NotFound("client " + email);
    }
    PanelClient other = find(client.email(), true);
    if (other != null && !other.email().equals(email)) {
      return new PanelWriteOutcome.DuplicateEmail(client.email());
    }
    list.set(index, client);
    return PanelWriteOutcome.applied();
  }

  synchronized PanelWriteOutcome setEnabled(long inboundId, String email, boolean enabled) {
    List<PanelClient> list = clients.get(inboundId);
    int index = indexOf(list, email);
    if (index < 0) {
      return new PanelWriteOutcome.NotFound("client " + email);
    }
    list.set(index, list.get(index).withEnable(enabled));
    return PanelWriteOutcome.applied();
  }

  synchronized PanelWriteOutcome delete(long inboundId, String email) {
    List<PanelClient> list = clients.get(inboundId);
    int index = indexOf(list, email);
    if (index < 0) {
      return new PanelWriteOutcome.NotFound("client " + email);
    }
    if (list.size() == 1) {
      return new PanelWriteOutcome.LastClientOfInbound(inboundId);
    }
    list.remove(index);
    return PanelWriteOutcome.applied();
  }

  synchronized PanelWriteOutcome knows(long inboundId, String email) {
    return indexOf(clients.get(inboundId), email) < 0
        ? new PanelWriteOutcome.NotFound("client " + email)
        : PanelWriteOutcome.applied();
  }

  synchronized List<PanelClientTraffic> traffic() {
    List<PanelClientTraffic> rows = new ArrayList<>();
    clients.forEach(
        (id, list) ->
            list.forEach(
                c ->
                    rows.add(
                        new PanelClientTraffic(
                            id,
                            c.email(),
                            c.uuid() == null ? "" : c.uuid(),
                            c.subId(),
                            c.enable(),
                            0,
                            0,
                            c.totalBytes(),
                            c.expiryTimeMillis(),
                            0))));
    return rows;
  }

  private static int indexOf(List<PanelClient> list, String email) {
    if (list == null) {
      return -1;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).email().equals(email)) {
        return i;
      }
    }
    return -1;
  }

  private PanelClient find(String email, boolean ignoreCase) {
    for (List<PanelClient> list : clients.values()) {
      for (PanelClient c : list) {
        if (ignoreCase ? c.email().equalsIgnoreCase(email) : c.email().equals(email)) {
          return c;
        }
      }
    }
    return null;
  }
}
