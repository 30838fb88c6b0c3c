package com.thousandproxy.application.notification.port.out;

import com.thousandproxy.application.notification.EmailMessage;
import reactor.core.publisher.Mono;

/** Hands an e-mail to the mail server (SMTP); an error means it was not accepted. */
public interface EmailSender {

  Mono<Void> send(EmailMessage message);
}
