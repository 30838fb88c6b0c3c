package com.thousandproxy.api.subscription.render;

import com.thousandproxy.domain.links.ShareLinkSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Display names for the entries of a profile: the link's name without control characters, or {@code
 * host:port} when it has none, made unique (ignoring case) with a counter, and never one of the
 * names the profile itself uses for its groups and built-in outbounds.
 */
final class ProxyNames {

  /** Group and built-in names of Clash and sing-box, lower case. */
  private static final Set<String> RESERVED =
      Set.of(
          "direct",
          "reject",
          "reject-drop",
          "pass",
          "compatible",
          "global",
          "proxy",
          "auto",
          "block",
          "dns-out");

  private ProxyNames() {}

  static List<String> of(List<ShareLinkSpec> specs) {
    Set<String> taken = new HashSet<>(RESERVED);
    List<String> names = new ArrayList<>(specs.size());
    for (ShareLinkSpec spec : specs) {
      String base = clean(spec.name());
      if (base.isEmpty()) {
        base = LinkFacts.server(spec) + ":" + spec.port();
      }
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + " " + n;
      }
      names.add(name);
    }
    return names;
  }

  /** Control characters (line breaks included) become spaces; surrounding blanks go. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return out.toString().strip();
  }
}
