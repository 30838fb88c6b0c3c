package com.thousandproxy.application.server;

import com.thousandproxy.application.panel.PanelDialect;
import java.time.Duration;
import java.time.Instant;

/**
 * The answer of a health check: whether the panel answered, how fast, the dialect it speaks ({@code
 * null} when unreachable) and how many clients it holds.
 */
public record ServerHealthReport(
    boolean reachable, Duration latency, PanelDialect dialect, int clients, Instant checkedAt) {}
