package com.thousandproxy.application.server;

/** The two ways servers and plans are classified; both are a name and a slug. */
public enum LabelKind {
  CATEGORY("category"),
  BRAND("brand");

  private final String field;

  LabelKind(String field) {
    this.field = field;
  }

  /** How requests name its id: {@code categoryId} or {@code brandId}. */
  public String idField() {
    return field + "Id";
  }

  /** The lower-case name used in audit actions and messages. */
  public String label() {
    return field;
  }
}
