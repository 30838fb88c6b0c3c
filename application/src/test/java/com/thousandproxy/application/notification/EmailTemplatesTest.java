package com.thousandproxy.application.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.thousandproxy.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailTemplatesTest {

  private static final MailedClient TWO_LINKS =
      new MailedClient(
          "Plan <b>& co</b>",
          List.of(
              "vless://u@h:443?type=ws&security=tls#DE-1",
              "trojan://p@h:443?type=grpc&serviceName=tr#DE-2"),
          "https://1000proxy.test/sub/a&b");

  @Test
  void the_delivered_mail_lists_every_link_and_subscription_url_in_text_and_escaped_html() {
    EmailContent mail = EmailTemplates.delivered(42, List.of(TWO_LINKS));

    assertThat(mail.subject()).isEqualTo("Your 1000proxy order #42 is ready");
    assertThat(mail.text())
        .contains("vless://u@h:443?type=ws&security=tls#DE-1")
        .contains("trojan://p@h:443?type=grpc&serviceName=tr#DE-2")
        .contains("Subscription URL: https://1000proxy.test/sub/a&b")
        .contains("Plan <b>& co</b>")
        .doesNotContain("&amp;");
    assertThat(mail.html())
        .contains("<code>vless://u@h:443?type=ws&amp;security=tls#DE-1</code>")
        .contains("<code>trojan://p@h:443?type=grpc&amp;serviceName=tr#DE-2</code>")
        .contains("<a href=\"https://1000proxy.test/sub/a&amp;b\">")
        .contains("Plan &lt;b&gt;&amp; co&lt;/b&gt;")
        .doesNotContain("<b>");
  }

  @Test
  void a_client_without_a_token_is_listed_without_a_subscription_url() {
    EmailContent mail =
        EmailTemplates.expired(new MailedClient("Plan", List.of("ss://x@h:1#n"), null));

    assertThat(mail.text()).contains("ss://x@h:1#n").doesNotContain("Subscription URL");
    assertThat(mail.html()).doesNotContain("null");
  }

  @Test
  void the_payment_mails_name_the_amount_and_what_it_paid_for() {
    Money paid = new Money(new BigDecimal("4.99"), Currency.getInstance("USD"));

    assertThat(EmailTemplates.orderPaid(42, paid).text()).contains("4.99 USD").contains("#42");
    assertThat(EmailTemplates.topUpCredited(paid).subject()).contains("wallet");
    assertThat(EmailTemplates.topUpCredited(paid).html()).contains("4.99 USD");
  }
}
