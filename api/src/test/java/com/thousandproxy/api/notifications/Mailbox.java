package com.thousandproxy.api.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The mails GreenMail received, by recipient and subject. */
final class Mailbox {

  private Mailbox() {}

  static List<ReceivedMail> to(GreenMail smtp, String recipient, String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> addressedTo(m, recipient) && subject(m).contains(subjectPart))
        .map(ReceivedMail::of)
        .toList();
  }

  /** Waits (up to a minute) for the first such mail. */
  static ReceivedMail await(GreenMail smtp, String recipient, String subjectPart) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      List<ReceivedMail> found = to(smtp, recipient, subjectPart);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      assertThat(Instant.now())
          .as("waiting for a mail to " + recipient + " about '" + subjectPart + "'")
          .isBefore(deadline);
      pause();
    }
  }

  static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean addressedTo(MimeMessage message, String recipient) {
    try {
      Address[] to = message.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
