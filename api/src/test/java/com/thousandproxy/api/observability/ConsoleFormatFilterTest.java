package com.thousandproxy.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

class ConsoleFormatFilterTest {

  @Test
  void theTextConsoleWritesUnlessJsonIsSwitchedOn() {
    assertThat(replyOf(false, "false")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(replyOf(false, "")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(replyOf(false, "true")).isEqualTo(FilterReply.DENY);
  }

  @Test
  void theJsonConsoleWritesOnlyWhenSwitchedOn() {
    assertThat(replyOf(true, " true ")).isEqualTo(FilterReply.NEUTRAL);
    assertThat(replyOf(true, "false")).isEqualTo(FilterReply.DENY);
  }

  private static FilterReply replyOf(boolean json, String consoleJson) {
    ConsoleFormatFilter filter = new ConsoleFormatFilter();
    filter.setJson(json);
    filter.setConsoleJson(consoleJson);
    return filter.decide(new LoggingEvent());
  }
}
