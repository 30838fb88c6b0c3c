package com.thousandproxy.adapters.xui;

import com.thousandproxy.application.panel.PanelConnection;
import com.thousandproxy.application.panel.PanelUnavailableException;
import com.thousandproxy.application.panel.PanelUnavailableException.Reason;
import com.thousandproxy.application.panel.PanelWriteOutcome;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads panel answers: HTTP statuses that mean "not logged in" or "no such API", and the English
 * (pinned with Accept-Language) {@code msg} of a {@code success:false} answer, matched by substring
 * because the panel wraps it as {@code "<context> (<error>\n)"}.
 */
final class Outcomes {

  private static final Pattern DUPLICATE =
      Pattern.compile("(?:Duplicate email|email already in use): ?([^\\n)]*)");

  private Outcomes() {}

  /** The envelope of a 200 answer; other statuses are outages of a kind. */
  static XuiEnvelope envelope(PanelConnection panel, XuiResponse response) {
    String name = panel.baseUrl().toString();
    if (response.status() == 404) {
      throw new PanelUnavailableException(name, Reason.API_MISSING, "HTTP 404 while logged in");
    }
    if (response.status() != 200) {
      throw new PanelUnavailableException(
          name, Reason.LOGIN_REJECTED, "HTTP " + response.status() + " after a fresh login");
    }
    return XuiJson.envelope(name, response);
  }

  static PanelWriteOutcome write(XuiEnvelope envelope, long inboundId) {
    if (envelope.success()) {
      return PanelWriteOutcome.applied();
    }
    String msg = envelope.msg();
    Matcher duplicate = DUPLICATE.matcher(msg);
    if (duplicate.find()) {
      return new PanelWriteOutcome.DuplicateEmail(duplicate.group(1).trim());
    }
    if (msg.contains("no client remained")) {
      return new PanelWriteOutcome.LastClientOfInbound(inboundId);
    }
    if (msg.contains("record not found")
        || msg.contains("Not Found")
        || msg.contains("not found")) {
      return new PanelWriteOutcome.NotFound(reason(msg));
    }
    return new PanelWriteOutcome.Invalid(reason(msg));
  }

  /** The message without the trailing newline the panel's errors carry. */
  static String reason(String msg) {
    return msg.replace("\n", "").trim();
  }
}
