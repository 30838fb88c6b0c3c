package com.thousandproxy.application.shared;

/** A page of a listing: zero-based page number, size between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
