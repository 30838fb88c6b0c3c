package com.thousandproxy.api.subscription.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.api.subscription.LinkSpecs;
import com.thousandproxy.domain.links.ShareLinkBuilder;
import com.thousandproxy.domain.links.ShareLinkSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinkListRendererTest {

  @Test
  void theBase64FeedDecodesToExactlyTheLinksOfEveryProtocolOneALine() {
    List<String> expected = links(LinkSpecs.ALL);

    String feed = renderer().base64(LinkSpecs.ALL);

    String decoded = new String(Base64.getDecoder().decode(feed), StandardCharsets.UTF_8);
    assertThat(decoded.split("\n", -1)).containsExactlyElementsOf(expected);
    assertThat(feed).matches("[A-Za-z0-9+/]+=*");
    assertThat(feed.length() % 4).isZero();
    assertThat(decoded).startsWith("vless://").contains("\nvmess://", "\ntrojan://", "\nss://");
  }

  @Test
  void thePlainFeedIsTheLinksOneALine() {
    assertThat(renderer().plain(LinkSpecs.ALL)).isEqualTo(String.join("\n", links(LinkSpecs.ALL)));
  }

  @Test
  void noLinksIsAnEmptyBody() {
    assertThat(renderer().base64(List.of())).isEmpty();
    assertThat(renderer().plain(List.of())).isEmpty();
  }

  /** REALITY links have random parts: the same seed gives the same links. */
  private static LinkListRenderer renderer() {
    return new LinkListRenderer(new ShareLinkBuilder(new SplittableRandom(7)));
  }

  private static List<String> links(List<ShareLinkSpec> specs) {
    ShareLinkBuilder builder = new ShareLinkBuilder(new SplittableRandom(7));
    return specs.stream().map(builder::build).toList();
  }
}
