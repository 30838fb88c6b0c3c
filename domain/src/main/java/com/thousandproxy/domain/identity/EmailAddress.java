package com.thousandproxy.domain.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An e-mail address in its one normal form (trimmed, lower-cased), so equal means same account. */
public record EmailAddress(String value) {

  public static final int MAX_LENGTH = 255;
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  public EmailAddress {
    Objects.requireNonNull(value, "email");
    value = value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new InvalidEmailException();
    }
  }

  public static EmailAddress of(String raw) {
    return new EmailAddress(raw);
  }

  /** The part before the {@code @}. */
  public String localPart() {
    return value.substring(0, value.indexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }
}
