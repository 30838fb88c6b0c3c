package com.thousandproxy.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** One trusted-proxy entry: a single address or a CIDR range, IPv4 or IPv6. */
final class AddressRange {

  private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final byte[] network;
  private final int prefixBits;

  private AddressRange(byte[] network, int prefixBits) {
    this.network = network;
    this.prefixBits = prefixBits;
  }

  static AddressRange parse(String text) {
    String[] parts = text.strip().split("/", 2);
    byte[] address = literal(parts[0]);
    if (address == null) {
      throw new IllegalArgumentException("not an IP address or CIDR range: " + text);
    }
    int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
    if (bits < 0 || bits > address.length * 8) {
      throw new IllegalArgumentException("bad prefix length in " + text);
    }
    return new AddressRange(address, bits);
  }

  /** The bytes of an IP literal, or null when the text is not one (never a DNS lookup). */
  static byte[] literal(String text) {
    if (text == null || text.isEmpty() || !LITERAL.matcher(text).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  boolean contains(byte[] address) {
    if (address == null || address.length != network.length) {
      return false;
    }
    int full = prefixBits / 8;
    for (int i = 0; i < full; i++) {
      if (address[i] != network[i]) {
        return false;
      }
    }
    int rest = prefixBits % 8;
    if (rest == 0) {
      return true;
    }
    int mask = (0xFF << (8 - rest)) & 0xFF;
    return (address[full] & mask) == (network[full] & mask);
  }
}
