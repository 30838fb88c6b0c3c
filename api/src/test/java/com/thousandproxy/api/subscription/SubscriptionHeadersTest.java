package com.thousandproxy.api.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.application.subscription.SubscriptionFeed;
import com.thousandproxy.domain.client.ClientStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionHeadersTest {

  @Test
  void aPrintableAsciiTitleIsSentAsItIs() {
    assertThat(SubscriptionHeaders.title("Germany: 30 days (fast)"))
        .isEqualTo("Germany: 30 days (fast)");
  }

  @Test
  void aTitleWithUnicodeOrControlCharactersIsSentAsBase64OfItsUtf8() {
    for (String title : List.of("🇩🇪 Berlin", "Plan\r\nX-Injected: 1", "中国")) {
      String header = SubscriptionHeaders.title(title);
      assertThat(header).startsWith("base64:").doesNotContain("\r", "\n");
      assertThat(
              new String(Base64.getDecoder().decode(header.substring(7)), StandardCharsets.UTF_8))
          .isEqualTo(title);
    }
  }

  @Test
  void theFileNameIsPercentEncodedWithoutPathSeparatorsOrQuotes() {
    assertThat(
            SubscriptionHeaders.rfc5987(SubscriptionHeaders.fileName("../a \"b\"; c/d") + ".txt"))
        .isEqualTo("..%20a%20%22b%22%3B%20c%20d.txt");
    assertThat(SubscriptionHeaders.fileName("\n/\\")).isEqualTo("subscription");
  }

  @Test
  void userInfoLeavesExpireOutWhenThereIsNone() {
    var feed = new SubscriptionFeed("t", "c", ClientStatus.ACTIVE, List.of(), 1, 2, 0, null, null);
    assertThat(SubscriptionHeaders.userInfo(feed)).isEqualTo("upload=1; download=2; total=0");
    var expiring =
        new SubscriptionFeed(
            "t", "c", ClientStatus.ACTIVE, List.of(), 1, 2, 3, Instant.ofEpochSecond(42), null);
    assertThat(SubscriptionHeaders.userInfo(expiring))
        .isEqualTo("upload=1; download=2; total=3; expire=42");
  }
}
