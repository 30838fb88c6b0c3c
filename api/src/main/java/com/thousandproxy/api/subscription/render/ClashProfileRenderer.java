package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complete mihomo (Clash Meta) profile: a local mixed port, one proxy per expressible link, a
 * {@code select} group over an {@code url-test} group and every proxy, and rules that keep private
 * networks direct and send everything else to the select group. A link the client cannot express is
 * left out with a comment naming it and the reason. Without any proxy the group holds only {@code
 * REJECT}, so that an expired profile fails closed instead of going direct.
 */
public final class ClashProfileRenderer {

  public static final String SELECT_GROUP = "Proxy";
  public static final String AUTO_GROUP = "Auto";

  private static final Logger log = LoggerFactory.getLogger(ClashProfileRenderer.class);
  private static final List<String> PRIVATE_RULES =
      List.of(
          "IP-CIDR,127.0.0.0/8,DIRECT,no-resolve",
          "IP-CIDR,10.0.0.0/8,DIRECT,no-resolve",
          "IP-CIDR,172.16.0.0/12,DIRECT,no-resolve",
          "IP-CIDR,192.168.0.0/16,DIRECT,no-resolve",
          "IP-CIDR6,fc00::/7,DIRECT,no-resolve",
          "DOMAIN-SUFFIX,local,DIRECT");

  /**
   * @param xhttp whether the requesting client's core has mihomo's XHTTP transport
   */
  public String render(String title, List<ShareLinkSpec> links, boolean xhttp) {
    ClashProxyMapper mapper = new ClashProxyMapper(xhttp);
    List<String> names = ProxyNames.of(links);
    List<Map<String, Object>> proxies = new ArrayList<>();
    StringBuilder comments = new StringBuilder();
    comments.append("# ").append(ProxyNames.clean(title)).append('\n');
    for (int i = 0; i < links.size(); i++) {
      ProxyMapping mapping = mapper.map(links.get(i), names.get(i));
      if (mapping instanceof ProxyMapping.Mapped mapped) {
        proxies.add(mapped.entry());
      } else if (mapping instanceof ProxyMapping.Skipped skipped) {
        comments.append("# skipped ").append(names.get(i)).append(": ");
        comments.append(skipped.reason()).append('\n');
        log.info("Clash profile: link {} left out: {}", i + 1, skipped.reason());
      }
    }
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("mixed-port", 7890);
    profile.put("allow-lan", false);
    profile.put("mode", "rule");
    profile.put("log-level", "info");
    profile.put("proxies", proxies);
    profile.put("proxy-groups", groups(proxies));
    List<String> rules = new ArrayList<>(PRIVATE_RULES);
    rules.add("MATCH," + SELECT_GROUP);
    profile.put("rules", rules);
    return comments + YamlText.write(profile);
  }

  private static List<Map<String, Object>> groups(List<Map<String, Object>> proxies) {
    List<String> names = proxies.stream().map(p -> (String) p.get("name")).toList();
    Map<String, Object> select = new LinkedHashMap<>();
    select.put("name", SELECT_GROUP);
    select.put("type", "select");
    if (names.isEmpty()) {
      select.put("proxies", List.of("REJECT"));
      return List.of(select);
    }
    List<String> choices = new ArrayList<>();
    choices.add(AUTO_GROUP);
    choices.addAll(names);
    select.put("proxies", choices);
    Map<String, Object> auto = new LinkedHashMap<>();
    auto.put("name", AUTO_GROUP);
    auto.put("type", "url-test");
    auto.put("url", "https://www.gstatic.com/generate_204");
    auto.put("interval", 300);
    auto.put("tolerance", 50);
    auto.put("proxies", names);
    return List.of(select, auto);
  }
}
