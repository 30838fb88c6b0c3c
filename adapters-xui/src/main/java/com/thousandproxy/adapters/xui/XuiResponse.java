package com.thousandproxy.adapters.xui;

import java.util.Map;

/** One raw HTTP answer of a panel: status, body text ("" when empty) and the cookies it set. */
record XuiResponse(int status, String body, Map<String, String> cookies) {

  boolean ok() {
    return status == 200;
  }

  /** What a panel answers for a missing or expired login (or an unknown route, see 404). */
  boolean looksLoggedOut() {
    return status == 401 || status == 404 || status >= 300 && status < 400;
  }
}
