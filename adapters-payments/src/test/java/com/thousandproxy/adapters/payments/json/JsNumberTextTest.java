package com.thousandproxy.adapters.payments.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values were printed by Node 20: {@code JSON.stringify(JSON.parse(token))}. */
class JsNumberTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.00005144, 0.00005144",
    "2.1e-7, 2.1e-7",
    "4.98968, 4.98968",
    "1765249461097, 1765249461097",
    "5077125051, 5077125051",
    "0.000083, 0.000083",
    "15, 15",
    "0.000001, 0.000001",
    "1e21, 1e+21",
    "1e20, 100000000000000000000",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "2.2250738585072014e-308, 2.2250738585072014e-308",
    "0.30000000000000004, 0.30000000000000004",
    "1.5e300, 1.5e+300",
    "1.534888067E2, 153.4888067"
  })
  void tokensThatJavaScriptWroteAreCopiedVerbatim(String token, String javaScript) {
    assertThat(JsNumberText.of(token)).isEqualTo(javaScript);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.10, 0.1",
    "1.0, 1",
    "1E-7, 1e-7",
    "0.0000001, 1e-7",
    "-0, 0",
    "-0.0, 0",
    "0.00000000, 0",
    "0.1e1, 1",
    "123e-20, 1.23e-18",
    "-1.5E+3, -1500",
    "1.2345678901234567890e-5, 0.000012345678901234568",
    "123456789012345678901234, 1.2345678901234569e+23",
    "9007199254740993, 9007199254740992",
    "9.999999999999999e22, 1e+23",
    "999999999999999999999, 1e+21",
    "0.000001000, 0.000001",
    "1e999, null"
  })
  void otherTokensArePrintedAsJavaScriptWouldPrintTheirValue(String token, String javaScript) {
    assertThat(JsNumberText.of(token)).isEqualTo(javaScript);
  }
}
