package com.thousandproxy.adapters.persistence.catalog;

/**
 * An active server reachable through an enabled inbound of a plan's pool, with the number of its
 * clients that are not deleted. A server appears once per pool inbound it hosts.
 */
record PoolServerRow(long planId, long serverId, String location, int capacity, long clients) {

  boolean hasRoom() {
    return clients < capacity;
  }
}
