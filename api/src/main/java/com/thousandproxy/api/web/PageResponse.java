package com.thousandproxy.api.web;

import com.thousandproxy.application.shared.Page;
import java.util.List;
import java.util.function.Function;

/** A page of items as the API returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

  public static <S, T> PageResponse<T> from(Page<S> page, Function<S, T> mapper) {
    return new PageResponse<>(
        page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
  }
}
