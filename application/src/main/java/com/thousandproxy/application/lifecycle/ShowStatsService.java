package com.thousandproxy.application.lifecycle;

import com.thousandproxy.application.lifecycle.port.in.ShowStatsUseCase;
import com.thousandproxy.application.lifecycle.port.out.PlatformStatsReader;
import com.thousandproxy.application.lifecycle.port.out.UnknownPanelClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import reactor.core.publisher.Mono;

/** Puts the dashboard together from the store's aggregates and the latest unknown-client count. */
public final class ShowStatsService implements ShowStatsUseCase {

  private static final Duration WINDOW = Duration.ofDays(30);

  private final PlatformStatsReader reader;
  private final UnknownPanelClients unknown;
  private final Clock clock;

  public ShowStatsService(PlatformStatsReader reader, UnknownPanelClients unknown, Clock clock) {
    this.reader = reader;
    this.unknown = unknown;
    this.clock = clock;
  }

  @Override
  public Mono<PlatformStats> stats() {
    Instant since =
        clock
            .instant()
            .atOffset(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.DAYS)
            .toInstant()
            .minus(WINDOW.minusDays(1));
    return Mono.zip(
            reader.days(since).collectList(),
            reader.counts(),
            reader.servers().collectList(),
            unknown.count())
        .map(
            all ->
                new PlatformStats(
                    all.getT1(),
                    all.getT2().activeClients(),
                    all.getT2().jobsPending(),
                    all.getT2().jobsDead(),
                    all.getT3(),
                    all.getT4()));
  }
}
