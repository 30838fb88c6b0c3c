package com.thousandproxy.api.web;

/**
 * Maps the failures of one feature (e.g. ordering's insufficient balance) to an {@link ApiError};
 * answers {@code null} for failures it does not know.
 */
@FunctionalInterface
public interface ApiErrorRule {

  ApiError map(Throwable error);
}
