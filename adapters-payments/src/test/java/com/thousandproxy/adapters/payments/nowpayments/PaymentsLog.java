package com.thousandproxy.adapters.payments.nowpayments;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what the {@code payments} logger writes during a test. */
final class PaymentsLog implements AutoCloseable {

  private final Logger logger = (Logger) LoggerFactory.getLogger("payments");
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  PaymentsLog() {
    appender.start();
    logger.addAppender(appender);
  }

  List<String> lines() {
    return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
  }
}
