package com.thousandproxy.api.delivery;

import java.util.List;

/**
 * A page of the caller's clients plus the URL of the feed with all of them ({@code /sub/u/...}).
 */
public record ServerClientPageResponse(
    List<ServerClientResponse> items,
    int page,
    int size,
    long total,
    String accountSubscriptionUrl) {}
