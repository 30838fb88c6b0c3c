package com.thousandproxy.application.provisioning.service;

/** How far one part of a provisioning run got: done, worth another try, or not worth any. */
sealed interface Step {

  record Done(int clients) implements Step {}

  record Transient(String reason) implements Step {}

  record Permanent(String reason) implements Step {}
}
