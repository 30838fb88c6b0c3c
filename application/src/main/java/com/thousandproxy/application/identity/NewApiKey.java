package com.thousandproxy.application.identity;

import com.thousandproxy.domain.user.UserId;
import java.time.Instant;

/** An API key to store: its visible prefix and the hash of the whole key. */
public record NewApiKey(
    UserId owner, String name, String prefix, String keyHash, Instant createdAt) {}
