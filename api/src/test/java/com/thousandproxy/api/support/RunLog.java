package com.thousandproxy.api.support;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Copies every log event of the running application (all loggers, the audit channel included, stack
 * traces too) into one file, so a test can read what the run logged. Attach it once the application
 * is up: Spring Boot resets logging while it starts.
 */
public final class RunLog {

  private static final String APPENDER = "IT_RUN_LOG";

  private RunLog() {}

  public static void attach(Path file) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (root.getAppender(APPENDER) instanceof FileAppender<ILoggingEvent> existing) {
      if (Path.of(existing.getFile()).equals(file)) {
        return;
      }
      // Another test class of this run attached its own file: this class records into its own.
      root.detachAppender(existing);
      existing.stop();
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d %level [%thread] %logger %msg%n%ex");
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setName(APPENDER);
    appender.setContext(context);
    appender.setFile(file.toString());
    appender.setEncoder(encoder);
    appender.setImmediateFlush(true);
    appender.start();
    root.addAppender(appender);
  }

  /** Removes a log file left by an earlier run. */
  public static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
