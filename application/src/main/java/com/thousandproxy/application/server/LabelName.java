package com.thousandproxy.application.server;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a category or brand name into its slug: lower-case ASCII words joined by hyphens. */
public final class LabelName {

  public static final int MAX_LENGTH = 100;

  private LabelName() {}

  public static String slugOf(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (slug.length() > MAX_LENGTH) {
      slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug;
  }
}
