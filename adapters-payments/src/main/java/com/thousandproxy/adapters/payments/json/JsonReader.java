package com.thousandproxy.adapters.payments.json;

import com.thousandproxy.adapters.payments.json.JsonValue.JsonArray;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonBoolean;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNull;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonNumber;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonObject;
import com.thousandproxy.adapters.payments.json.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses strict JSON (as {@code JSON.parse} accepts it) into {@link JsonValue}s, numbers as text.
 */
public final class JsonReader {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private JsonReader() {}

  /** Parses one UTF-8 JSON document; anything after it but whitespace is an error. */
  public static JsonValue parse(byte[] utf8) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), utf8)) {
      JsonValue value = read(parser, parser.nextToken());
      if (parser.nextToken() != null) {
        throw new JsonShapeException("trailing content after the JSON value");
      }
      return value;
    } catch (JacksonException e) {
      throw new JsonShapeException("not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses a document that must be a JSON object. */
  public static JsonObject parseObject(byte[] utf8) {
    if (parse(utf8) instanceof JsonObject object) {
      return object;
    }
    throw new JsonShapeException("not a JSON object");
  }

  private static JsonValue read(JsonParser parser, JsonToken token) {
    if (token == null) {
      throw new JsonShapeException("empty document");
    }
    return switch (token) {
      case START_OBJECT -> readObject(parser);
      case START_ARRAY -> readArray(parser);
      case VALUE_STRING -> new JsonString(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getString());
      case VALUE_TRUE -> new JsonBoolean(true);
      case VALUE_FALSE -> new JsonBoolean(false);
      case VALUE_NULL -> JsonNull.INSTANCE;
      default -> throw new JsonShapeException("unexpected token " + token);
    };
  }

  private static JsonObject readObject(JsonParser parser) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String name = parser.currentName();
      members.put(name, read(parser, parser.nextToken()));
    }
    return new JsonObject(members);
  }

  private static JsonArray readArray(JsonParser parser) {
    List<JsonValue> elements = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      elements.add(read(parser, token));
    }
    return new JsonArray(elements);
  }
}
