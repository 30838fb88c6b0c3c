package com.thousandproxy.adapters.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.thousandproxy.application.notification.EmailMessage;
import com.thousandproxy.application.notification.EmailTemplates;
import com.thousandproxy.application.notification.MailedClient;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpEmailSenderTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private SmtpEmailSender sender(int port) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(port);
    return new SmtpEmailSender(mail, "1000proxy <no-reply@1000proxy.test>");
  }

  @Test
  void a_delivered_order_mail_arrives_with_its_subscription_links_in_text_and_html()
      throws Exception {
    EmailMessage message =
        EmailMessage.of(
            "buyer@example.com",
            EmailTemplates.delivered(
                42,
                List.of(
                    client("https://1000proxy.test/sub/tok-1", "vless://u1@h:443?type=tcp#A"),
                    client("https://1000proxy.test/sub/tok-2", "vmess://eyJ2IjoiMiJ9"))));

    sender(SMTP.getSmtp().getPort()).send(message).block();

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("Your 1000proxy order #42 is ready");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("buyer@example.com");
    List<String> parts = new ArrayList<>();
    texts(received[0].getContent(), parts);
    assertThat(parts).hasSize(2);
    assertThat(parts.get(0))
        .contains("https://1000proxy.test/sub/tok-1")
        .contains("vless://u1@h:443?type=tcp#A")
        .contains("vmess://eyJ2IjoiMiJ9")
        .doesNotContain("<a");
    assertThat(parts.get(1))
        .contains("<a href=\"https://1000proxy.test/sub/tok-2\">")
        .contains("<code>vless://u1@h:443?type=tcp#A</code>");
  }

  private static MailedClient client(String subscriptionUrl, String link) {
    return new MailedClient("Plan", List.of(link), subscriptionUrl);
  }

  @Test
  void an_expiring_soon_mail_names_the_client_and_escapes_it_in_html() throws Exception {
    sender(SMTP.getSmtp().getPort())
        .send(
            EmailMessage.of(
                "buyer@example.com",
                EmailTemplates.expiringSoon(
                    new MailedClient("c<1>@1000proxy", List.of(), null),
                    Instant.parse("2026-03-04T12:00:00Z"))))
        .block();

    MimeMessage received = SMTP.getReceivedMessages()[0];
    assertThat(received.getSubject()).contains("2026-03-04 12:00 UTC");
    List<String> parts = new ArrayList<>();
    texts(received.getContent(), parts);
    assertThat(parts.get(1)).contains("c&lt;1&gt;@1000proxy");
  }

  /** The text of every leaf part, plain text before HTML as the sender adds them. */
  private static void texts(Object content, List<String> into) throws Exception {
    if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        texts(multipart.getBodyPart(i).getContent(), into);
      }
    } else {
      into.add(String.valueOf(content));
    }
  }

  @Test
  void a_mail_server_that_is_down_signals_an_error_so_the_job_tries_again() {
    assertThatThrownBy(
            () ->
                sender(1)
                    .send(new EmailMessage("buyer@example.com", "subject", "text", "<p>html</p>"))
                    .block())
        .isNotNull();
  }
}
