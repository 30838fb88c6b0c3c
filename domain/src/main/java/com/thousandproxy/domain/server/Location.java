package com.thousandproxy.domain.server;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Where a server stands: an ISO 3166-1 alpha-2 country code, held in upper case ("DE"). */
public record Location(String countryCode) {

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public Location {
    Objects.requireNonNull(countryCode, "countryCode");
    countryCode = countryCode.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(countryCode)) {
      throw new IllegalArgumentException("not an ISO 3166 alpha-2 country code: " + countryCode);
    }
  }

  public static Location of(String countryCode) {
    return new Location(countryCode);
  }

  @Override
  public String toString() {
    return countryCode;
  }
}
