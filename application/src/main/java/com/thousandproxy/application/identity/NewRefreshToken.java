package com.thousandproxy.application.identity;

import com.thousandproxy.domain.user.UserId;
import java.time.Instant;

/** A refresh token to store: only the hash of its secret is kept. */
public record NewRefreshToken(
    UserId owner, String tokenHash, String familyId, Instant expiresAt, Instant createdAt) {}
