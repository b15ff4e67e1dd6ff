package dev.tinta.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request body of named text fields, strictly: {@code application/x-www-form-urlencoded} or
 * a flat JSON object of strings. Invalid UTF-8, a field given twice, a malformed encoding or an
 * unknown field with a value is a {@link Refusal}; unknown empty fields are ignored.
 */
public final class FieldReader {
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private FieldReader() {}

  /** Fields of a form-encoded body (HTML forms send UTF-8 for a page in UTF-8). */
  static Map<String, String> form(byte[] body, Set<String> known) throws Refusal {
    Map<String, String> out = new LinkedHashMap<>();
    int start = 0;
    while (start <= body.length) {
      int end = indexOf(body, (byte) '&', start);
      if (end > start) {
        int eq = indexOf(body, (byte) '=', start);
        int nameEnd = eq >= 0 && eq < end ? eq : end;
        String name = decode(body, start, nameEnd);
        String value = nameEnd < end ? decode(body, nameEnd + 1, end) : "";
        put(out, name, value, known);
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Every name and value of a form-encoded body, in order, names given twice included (a list of
   * checkboxes), decoded as strictly as {@link #form}.
   */
  public static List<Map.Entry<String, String>> pairs(byte[] body) throws Refusal {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    int start = 0;
    while (start <= body.length) {
      int end = indexOf(body, (byte) '&', start);
      if (end > start) {
        int eq = indexOf(body, (byte) '=', start);
        int nameEnd = eq >= 0 && eq < end ? eq : end;
        String name = decode(body, start, nameEnd);
        String value = nameEnd < end ? decode(body, nameEnd + 1, end) : "";
        out.add(Map.entry(name, value));
      }
      start = end + 1;
    }
    return out;
  }

  /** Fields of a JSON object whose values are strings (or null, read as empty). */
  static Map<String, String> json(byte[] body, Set<String> known) throws Refusal {
    // JSON must be UTF-8 (RFC 8259 §8.1); Jackson would also guess UTF-16/32
    utf8(ByteBuffer.wrap(body));
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw Refusal.badRequest("expected a JSON object");
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          put(out, name, p.getText(), known);
        } else if (value == JsonToken.VALUE_NULL) {
          put(out, name, "", known);
        } else {
          throw Refusal.badRequest("field '" + name + "' must be a string");
        }
      }
      if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw Refusal.badRequest("expected one JSON object");
      }
    } catch (JsonProcessingException e) {
      throw Refusal.badRequest(
          "malformed JSON" + (e.getMessage().contains("Duplicate") ? ": a field given twice" : ""));
    } catch (IOException e) {
      throw Refusal.badRequest("malformed JSON");
    }
    return out;
  }

  private static void put(Map<String, String> out, String name, String value, Set<String> known)
      throws Refusal {
    if (!known.contains(name)) {
      if (!value.isEmpty()) {
        throw Refusal.badRequest("unknown field '" + printable(name) + "'");
      }
      return;
    }
    if (out.putIfAbsent(name, value) != null) {
      throw Refusal.badRequest("field '" + name + "' given twice");
    }
  }

  /** Percent-decodes bytes ({@code +} is a space) and decodes them as strict UTF-8. */
  private static String decode(byte[] body, int from, int to) throws Refusal {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      byte b = body[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%') {
        if (i + 2 >= to) {
          throw Refusal.badRequest("malformed form encoding");
        }
        int hi = Character.digit(body[i + 1], 16);
        int lo = Character.digit(body[i + 2], 16);
        if (hi < 0 || lo < 0) {
          throw Refusal.badRequest("malformed form encoding");
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        bytes.write(b);
      }
    }
    return utf8(ByteBuffer.wrap(bytes.toByteArray()));
  }

  static String utf8(ByteBuffer bytes) throws Refusal {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException e) {
      throw Refusal.badRequest("invalid UTF-8");
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return bytes.length;
  }

  private static String printable(String name) {
    String cut = name.length() > 40 ? name.substring(0, 40) : name;
    return cut.replaceAll("[^A-Za-z0-9_.-]", "?");
  }
}
