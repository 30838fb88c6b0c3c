package com.thousandproxy.application.server;

/** Another category (or brand) already has this slug. */
public final class DuplicateLabelException extends RuntimeException {

  private final LabelKind kind;
  private final String slug;

  public DuplicateLabelException(LabelKind kind, String slug) {
    super("a " + kind.label() + " with slug " + slug + " exists");
    this.kind = kind;
    this.slug = slug;
  }

  public LabelKind kind() {
    return kind;
  }

  public String slug() {
    return slug;
  }
}
