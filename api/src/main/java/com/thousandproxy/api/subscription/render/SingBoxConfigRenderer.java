package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A complete sing-box client configuration in the 1.11+ schema (rule actions, no legacy special
 * outbounds): a {@code mixed} inbound on 127.0.0.1, one outbound per expressible link, a {@code
 * selector} over an {@code urltest} and every link, a {@code direct} outbound for private
 * addresses, and the selector as the route's final outbound. Links sing-box cannot express are left
 * out and logged (JSON has no comments). Without any link, all traffic is rejected rather than sent
 * direct.
 */
public final class SingBoxConfigRenderer {

  public static final String SELECTOR = "proxy";
  public static final String URL_TEST = "auto";
  public static final String DIRECT = "direct";
  public static final String INBOUND = "mixed-in";

  private static final Logger log = LoggerFactory.getLogger(SingBoxConfigRenderer.class);

  private final JsonMapper json = JsonMapper.builder().build();
  private final SingBoxOutboundMapper mapper = new SingBoxOutboundMapper();

  public String render(List<ShareLinkSpec> links) {
    List<String> tags = ProxyNames.of(links);
    List<Map<String, Object>> proxies = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      ProxyMapping mapping = mapper.map(links.get(i), tags.get(i));
      if (mapping instanceof ProxyMapping.Mapped mapped) {
        proxies.add(mapped.entry());
      } else if (mapping instanceof ProxyMapping.Skipped skipped) {
        log.info("sing-box config: link {} left out: {}", i + 1, skipped.reason());
      }
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("log", Map.of("level", "info"));
    config.put("inbounds", List.of(inbound()));
    config.put("outbounds", outbounds(proxies));
    config.put("route", route(!proxies.isEmpty()));
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(config);
  }

  private static Map<String, Object> inbound() {
    Map<String, Object> inbound = new LinkedHashMap<>();
    inbound.put("type", "mixed");
    inbound.put("tag", INBOUND);
    inbound.put("listen", "127.0.0.1");
    inbound.put("listen_port", 2080);
    return inbound;
  }

  private static List<Map<String, Object>> outbounds(List<Map<String, Object>> proxies) {
    List<Map<String, Object>> outbounds = new ArrayList<>();
    if (!proxies.isEmpty()) {
      List<String> tags = proxies.stream().map(p -> (String) p.get("tag")).toList();
      List<String> choices = new ArrayList<>();
      choices.add(URL_TEST);
      choices.addAll(tags);
      Map<String, Object> selector = new LinkedHashMap<>();
      selector.put("type", "selector");
      selector.put("tag", SELECTOR);
      selector.put("outbounds", choices);
      selector.put("default", URL_TEST);
      outbounds.add(selector);
      Map<String, Object> urlTest = new LinkedHashMap<>();
      urlTest.put("type", "urltest");
      urlTest.put("tag", URL_TEST);
      urlTest.put("outbounds", tags);
      urlTest.put("url", "https://www.gstatic.com/generate_204");
      urlTest.put("interval", "3m");
      outbounds.add(urlTest);
      outbounds.addAll(proxies);
    }
    Map<String, Object> direct = new LinkedHashMap<>();
    direct.put("type", "direct");
    direct.put("tag", DIRECT);
    outbounds.add(direct);
    return outbounds;
  }

  private static Map<String, Object> route(boolean anyProxy) {
    List<Map<String, Object>> rules = new ArrayList<>();
    rules.add(Map.of("action", "sniff"));
    if (anyProxy) {
      rules.add(Map.of("ip_is_private", true, "outbound", DIRECT));
    } else {
      rules.add(Map.of("inbound", List.of(INBOUND), "action", "reject"));
    }
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("rules", rules);
    route.put("final", anyProxy ? SELECTOR : DIRECT);
    route.put("auto_detect_interface", true);
    return route;
  }
}
