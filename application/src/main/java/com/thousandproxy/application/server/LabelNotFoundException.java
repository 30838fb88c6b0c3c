package com.thousandproxy.application.server;

/** No category or brand has this id. */
public final class LabelNotFoundException extends RuntimeException {

  private final LabelKind kind;

  public LabelNotFoundException(LabelKind kind, long id) {
    super(kind.label() + " " + id + " not found");
    this.kind = kind;
  }

  public LabelKind kind() {
    return kind;
  }
}
