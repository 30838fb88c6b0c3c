package com.thousandproxy.api.ordering;

import com.thousandproxy.api.web.InvalidRequestException;
import com.thousandproxy.api.web.QueryParameters;
import com.thousandproxy.application.shared.PageRequest;
import java.util.Map;

/** The {@code page} and {@code size} parameters of the order and wallet listings. */
public final class PageQuery {

  private PageQuery() {}

  public static PageRequest of(Map<String, String> params) {
    QueryParameters query = new QueryParameters(params);
    PageRequest page = query.pageRequest();
    if (query.hasErrors()) {
      throw new InvalidRequestException(query.errors());
    }
    return page;
  }
}
