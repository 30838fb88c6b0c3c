package com.thousandproxy.api.observability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets a console appender write only when its format is the one {@code app.logging.console-json}
 * picks, so {@code logback-spring.xml} can declare a text and a JSON console side by side.
 */
public final class ConsoleFormatFilter extends Filter<ILoggingEvent> {

  private boolean json;
  private String consoleJson = "false";

  /** Whether the appender this filter guards writes JSON. */
  public void setJson(boolean json) {
    this.json = json;
  }

  /** The value of {@code app.logging.console-json}: {@code true} for JSON, anything else text. */
  public void setConsoleJson(String consoleJson) {
    this.consoleJson = consoleJson;
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return json == Boolean.parseBoolean(consoleJson.strip())
        ? FilterReply.NEUTRAL
        : FilterReply.DENY;
  }
}
