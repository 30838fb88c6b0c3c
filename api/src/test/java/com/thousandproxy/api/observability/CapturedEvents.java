package com.thousandproxy.api.observability;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Log events of some loggers, with their MDC fixed on the thread that logged them. */
final class CapturedEvents extends AppenderBase<ILoggingEvent> {

  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final List<Logger> loggers;

  private CapturedEvents(List<Logger> loggers) {
    this.loggers = loggers;
  }

  static CapturedEvents of(String... names) {
    List<Logger> loggers =
        java.util.Arrays.stream(names).map(n -> (Logger) LoggerFactory.getLogger(n)).toList();
    CapturedEvents captured = new CapturedEvents(loggers);
    captured.setContext(loggers.get(0).getLoggerContext());
    captured.start();
    loggers.forEach(logger -> logger.addAppender(captured));
    return captured;
  }

  void detach() {
    loggers.forEach(logger -> logger.detachAppender(this));
    stop();
  }

  @Override
  protected void append(ILoggingEvent event) {
    event.prepareForDeferredProcessing();
    events.add(event);
  }

  /** The first matching event, waiting up to five seconds for it. */
  ILoggingEvent await(Predicate<ILoggingEvent> match) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (ILoggingEvent event : events) {
        if (match.test(event)) {
          return event;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no such log event among " + events);
  }
}
