package com.thousandproxy.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PanelConnectionTest {

  @Test
  void the_base_url_always_ends_with_a_slash() {
    var panel = PanelConnection.withLogin("https://p.example.com:2053/x7Kq2", "admin", "pw");
    assertThat(panel.baseUrl()).hasToString("https://p.example.com:2053/x7Kq2/");
  }

  @Test
  void its_text_never_shows_the_password_or_the_token() {
    var panel =
        PanelConnection.withLogin("https://p.example.com/", "admin", "s3cret-pw")
            .withApiToken("tok-123");
    assertThat(panel.toString()).doesNotContain("s3cret-pw").doesNotContain("tok-123");
  }

  @Test
  void a_panel_needs_a_login_or_a_token() {
    assertThatThrownBy(() -> PanelConnection.withLogin("https://p.example.com/", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
