package com.thousandproxy.application.notification;

import static com.thousandproxy.application.shared.HtmlText.escape;

import com.thousandproxy.domain.money.Money;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The customer e-mails as small text blocks, HTML escaped; one method per notice. */
public final class EmailTemplates {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final String THANKS = "Thank you for choosing 1000proxy.";

  private EmailTemplates() {}

  public static EmailContent delivered(long orderId, List<MailedClient> clients) {
    String intro = "Your order #" + orderId + " is ready.";
    String how = "Import the subscription URL (or a link) into your client app:";
    return new EmailContent(
        "Your 1000proxy order #" + orderId + " is ready",
        intro + "\n\n" + how + "\n\n" + ClientBlocks.text(clients) + "\n" + THANKS + "\n",
        p(escape(intro)) + p(escape(how)) + ClientBlocks.html(clients) + p(escape(THANKS)));
  }

  public static EmailContent orderPaid(long orderId, Money amount) {
    String said =
        "We received your payment of %s for order #%d. Your service is being set up; the next e-mail brings its links."
            .formatted(money(amount), orderId);
    return new EmailContent(
        "Payment received for your 1000proxy order #" + orderId, said + "\n", p(escape(said)));
  }

  public static EmailContent topUpCredited(Money amount) {
    String said =
        "We received your payment: %s were added to your wallet.".formatted(money(amount));
    return new EmailContent("Your 1000proxy wallet was topped up", said + "\n", p(escape(said)));
  }

  public static EmailContent expiringSoon(MailedClient client, Instant expiresAt) {
    String when = DATE.format(expiresAt);
    String said =
        "Your service %s expires on %s. Renew it in your account to keep it running with the same links."
            .formatted(client.name(), when);
    return new EmailContent(
        "Your 1000proxy service expires on " + when,
        said + "\n\n" + ClientBlocks.text(client),
        p(escape(said)) + ClientBlocks.html(client));
  }

  public static EmailContent expired(MailedClient client) {
    String said =
        "Your service %s has expired and was switched off. Renew it in your account soon to keep the same links."
            .formatted(client.name());
    return new EmailContent(
        "Your 1000proxy service has expired",
        said + "\n\n" + ClientBlocks.text(client),
        p(escape(said)) + ClientBlocks.html(client));
  }

  public static EmailContent orderFailed(long orderId, Money refunded) {
    String said =
        "We could not deliver order #%d; %s went back to your wallet."
            .formatted(orderId, money(refunded));
    return new EmailContent(
        "Your 1000proxy order #" + orderId + " could not be delivered",
        said + "\n",
        p(escape(said)));
  }

  private static String money(Money amount) {
    return amount.toPlainString() + " " + amount.currency();
  }

  private static String p(String html) {
    return "<p>" + html + "</p>\n";
  }
}
