package com.thousandproxy.api.web;

/** The resource does not exist or is not the caller's: answered with 404 either way. */
public final class ResourceNotFoundException extends RuntimeException {

  public ResourceNotFoundException(String what) {
    super(what + " not found");
  }
}
