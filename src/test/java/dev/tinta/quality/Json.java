package dev.tinta.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value (RFC 8259) with the 1-based line and column where it starts, so checks of a
 * document can point at the offending value. Parse with {@link JsonParser#parse(String)}.
 */
sealed interface Json {
  int line();

  int column();

  /** The JSON type's name, for messages: object, array, string, number, boolean, null. */
  String type();

  record Obj(Map<String, Json> members, int line, int column) implements Json {
    public Obj {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    @Override
    public String type() {
      return "object";
    }
  }

  record Arr(List<Json> items, int line, int column) implements Json {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String type() {
      return "array";
    }
  }

  record Str(String value, int line, int column) implements Json {
    @Override
    public String type() {
      return "string";
    }
  }

  record Num(BigDecimal value, int line, int column) implements Json {
    @Override
    public String type() {
      return "number";
    }
  }

  record Bool(boolean value, int line, int column) implements Json {
    @Override
    public String type() {
      return "boolean";
    }
  }

  record Null(int line, int column) implements Json {
    @Override
    public String type() {
      return "null";
    }
  }
}
