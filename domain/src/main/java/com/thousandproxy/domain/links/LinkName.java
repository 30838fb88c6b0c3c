package com.thousandproxy.domain.links;

import java.util.ArrayList;
import java.util.List;

/**
 * The display name 3x-ui gives a link with its default remark model ({@code -ieo}): inbound remark
 * and client email joined by {@code -}, empty parts left out. The panel appends the remaining quota
 * and time when {@code subShowInfo} is on and the client has limits; we do not, because a name that
 * changes every minute makes a poor bookmark.
 */
public final class LinkName {

  private LinkName() {}

  public static String of(String inboundRemark, String email) {
    List<String> parts = new ArrayList<>(2);
    if (inboundRemark != null && !inboundRemark.isEmpty()) {
      parts.add(inboundRemark);
    }
    if (email != null && !email.isEmpty()) {
      parts.add(email);
    }
    return String.join("-", parts);
  }
}
