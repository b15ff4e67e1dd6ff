package dev.tinta.yaml;

import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The YAML 1.2 core schema, with one scalar resolver shared by every document (the library's schema
 * builds a new one per document) and a quick answer for the plain scalars that can only be strings.
 * The core resolver tries regular expressions on every scalar whose first character could start a
 * boolean, null or number, and one for the empty string on every scalar; most of a front matter or
 * a comment file ({@code title}, {@code tags}, dates) is decided here by a few character tests
 * instead. Anything that could be more than a string goes to the core resolver, so the tags are the
 * same ({@code QuickCoreSchemaTest}).
 */
final class QuickCoreSchema extends CoreSchema {
  private static final ScalarResolver RESOLVER = new QuickResolver(new CoreScalarResolver(true));

  @Override
  public ScalarResolver getScalarResolver() {
    return RESOLVER;
  }

  /** Strings decided by their characters; everything else by the core resolver. */
  static final class QuickResolver implements ScalarResolver {
    private final ScalarResolver core;

    QuickResolver(ScalarResolver core) {
      this.core = core;
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
      if (implicit && onlyString(value)) {
        return Tag.STR;
      }
      return core.resolve(value, implicit);
    }

    /**
     * Whether no core pattern can match {@code value}. The null pattern ({@code ~ null Null NULL}
     * and a lone space) and the empty one are tried on every scalar; the others only on a scalar
     * whose first character can start them: booleans and {@code null} are a few fixed words,
     * numbers use digits, signs, dots, exponents and the letters of 0x, 0o, inf and nan, merge keys
     * start with {@code <} and environment variables with {@code $}.
     */
    static boolean onlyString(String value) {
      int length = value.length();
      if (length <= 1 || value.equals("null") || value.equals("Null") || value.equals("NULL")) {
        return false;
      }
      switch (value.charAt(0)) {
        case 't', 'f', 'T', 'F':
          return length != 4 && length != 5;
        case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
          return !numberCharacters(value);
        case '<', '$', '\0':
          return false;
        default:
          return true;
      }
    }

    private static boolean numberCharacters(String value) {
      for (int i = 0, n = value.length(); i < n; i++) {
        char c = value.charAt(i);
        boolean allowed =
            (c >= '0' && c <= '9')
                || c == '+'
                || c == '-'
                || c == '.'
                || (c >= 'a' && c <= 'f')
                || (c >= 'A' && c <= 'F')
                || c == 'o'
                || c == 'x'
                || c == 'i'
                || c == 'n'
                || c == 'I'
                || c == 'N';
        if (!allowed) {
          return false;
        }
      }
      return true;
    }
  }
}
