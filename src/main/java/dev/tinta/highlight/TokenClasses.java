package dev.tinta.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * RSyntaxTextArea's token types as Pygments short class names. Identifiers, whitespace and
 * separators stay plain (no theme colours them, and a span each would double a block's size); error
 * tokens stay plain too: a token maker's "error" is usually a construct it does not know.
 */
final class TokenClasses {
  private static final String[] BY_TYPE = new String[TokenTypes.DEFAULT_NUM_TOKEN_TYPES];

  static {
    BY_TYPE[TokenTypes.COMMENT_EOL] = "c1";
    BY_TYPE[TokenTypes.COMMENT_MULTILINE] = "cm";
    BY_TYPE[TokenTypes.COMMENT_DOCUMENTATION] = "cm";
    BY_TYPE[TokenTypes.COMMENT_KEYWORD] = "cs";
    BY_TYPE[TokenTypes.COMMENT_MARKUP] = "cs";
    BY_TYPE[TokenTypes.RESERVED_WORD] = "k";
    BY_TYPE[TokenTypes.RESERVED_WORD_2] = "k";
    BY_TYPE[TokenTypes.FUNCTION] = "nb";
    BY_TYPE[TokenTypes.LITERAL_BOOLEAN] = "kc";
    BY_TYPE[TokenTypes.LITERAL_NUMBER_DECIMAL_INT] = "mi";
    BY_TYPE[TokenTypes.LITERAL_NUMBER_FLOAT] = "mf";
    BY_TYPE[TokenTypes.LITERAL_NUMBER_HEXADECIMAL] = "mh";
    BY_TYPE[TokenTypes.LITERAL_STRING_DOUBLE_QUOTE] = "s";
    BY_TYPE[TokenTypes.LITERAL_CHAR] = "s1";
    BY_TYPE[TokenTypes.LITERAL_BACKQUOTE] = "sb";
    BY_TYPE[TokenTypes.DATA_TYPE] = "kt";
    BY_TYPE[TokenTypes.VARIABLE] = "nv";
    BY_TYPE[TokenTypes.REGEX] = "sr";
    BY_TYPE[TokenTypes.ANNOTATION] = "nd";
    BY_TYPE[TokenTypes.OPERATOR] = "o";
    BY_TYPE[TokenTypes.PREPROCESSOR] = "cp";
    BY_TYPE[TokenTypes.MARKUP_TAG_DELIMITER] = "nt";
    BY_TYPE[TokenTypes.MARKUP_TAG_NAME] = "nt";
    BY_TYPE[TokenTypes.MARKUP_TAG_ATTRIBUTE] = "na";
    BY_TYPE[TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE] = "s";
    BY_TYPE[TokenTypes.MARKUP_COMMENT] = "c";
    BY_TYPE[TokenTypes.MARKUP_DTD] = "cp";
    BY_TYPE[TokenTypes.MARKUP_PROCESSING_INSTRUCTION] = "cp";
    BY_TYPE[TokenTypes.MARKUP_CDATA_DELIMITER] = "cp";
    BY_TYPE[TokenTypes.MARKUP_ENTITY_REFERENCE] = "ni";
  }

  private TokenClasses() {}

  /** The class of a standard token type, or null (plain) for any other. */
  static String of(int type) {
    return type >= 0 && type < BY_TYPE.length ? BY_TYPE[type] : null;
  }
}
