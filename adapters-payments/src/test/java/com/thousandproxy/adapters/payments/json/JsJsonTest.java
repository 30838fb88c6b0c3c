package com.thousandproxy.adapters.payments.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsJsonTest {

  @Test
  void theCanonicalTextIsWhatNodePrintsForSortObjectDeepOfTheParsedBody() {
    // Expected text printed by Node 20: JSON.stringify(sortObjectDeep(JSON.parse(body)))
    String body =
        """
        {"b":1,"a":{"z":[3,{"y":0.10,"x":"\\u041f\\/x\\u2028"}],"10":1,"9":2,"B":null}, \
        "ctl":"\\u0001\\u001f\\t\\"\\\\", "lone":"\\ud800x", "emoji":"\\ud83d\\ude00", \
        "dup":1, "dup":2, "e":1E-7, "f":true}""";

    String canonical = JsJson.canonical(parse(body));

    assertThat(canonical)
        .isEqualTo(
            "{\"a\":{\"9\":2,\"10\":1,\"B\":null,\"z\":[3,{\"x\":\"П/x\u2028\",\"y\":0.1}]},"
                + "\"b\":1,\"ctl\":\"\\u0001\\u001f\\t\\\"\\\\\",\"dup\":2,\"e\":1e-7,"
                + "\"emoji\":\"\uD83D\uDE00\",\"f\":true,\"lone\":\"\\ud800x\"}");
  }

  @Test
  void theCompactTextKeepsTheMembersOrderAndTheNumberTokens() {
    String body = "{ \"b\" : 0.10, \"a\" : [1.0, null] }";

    assertThat(JsJson.compact(parse(body))).isEqualTo("{\"b\":0.10,\"a\":[1.0,null]}");
  }

  @Test
  void numbersAreReadAsTheirExactText() {
    JsonValue.JsonObject json =
        JsonReader.parseObject(
            "{\"amount\":0.123456789012345678901234567890}".getBytes(StandardCharsets.UTF_8));

    assertThat(json.decimal("amount").toPlainString())
        .isEqualTo("0.123456789012345678901234567890");
  }

  @Test
  void contentAfterTheDocumentIsNotJson() {
    assertThatThrownBy(() -> parse("{\"a\":1} {\"b\":2}")).isInstanceOf(JsonShapeException.class);
    assertThatThrownBy(() -> parse("")).isInstanceOf(JsonShapeException.class);
    assertThatThrownBy(() -> parse("{\"a\":01}")).isInstanceOf(JsonShapeException.class);
  }

  private static JsonValue parse(String text) {
    return JsonReader.parse(text.getBytes(StandardCharsets.UTF_8));
  }
}
