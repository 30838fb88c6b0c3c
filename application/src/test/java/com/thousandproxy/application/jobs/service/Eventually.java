package com.thousandproxy.application.jobs.service;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits (a little at a time) for something that happens on another thread. */
final class Eventually {

  private Eventually() {}

  static void await(String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
