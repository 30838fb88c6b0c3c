package com.thousandproxy.application.shared;

/** Ascending or descending order of a sorted listing. */
public enum SortDirection {
  ASC,
  DESC
}
