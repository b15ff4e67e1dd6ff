package dev.tinta.highlight;

import java.util.function.Supplier;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * A language lexed line by line by one of RSyntaxTextArea's token makers, as its editor does: each
 * line starts in the state the line before ended in. The token maker keeps state, so a lexer
 * belongs to one thread.
 */
final class RstaLexer implements Lexer {
  private final TokenMaker maker;
  private final Supplier<Fix> fixes;
  private final Segment segment = new Segment();

  RstaLexer(TokenMaker maker, Supplier<Fix> fixes) {
    this.maker = maker;
    this.fixes = fixes;
  }

  @Override
  public void lex(Tokens.Builder out) {
    Fix fix = fixes.get();
    char[] cs = out.code().toCharArray();
    int length = cs.length;
    int pos = 0;
    int state = TokenTypes.NULL;
    while (pos < length) {
      int eol = pos;
      while (eol < length && cs[eol] != '\n') {
        eol++;
      }
      segment.array = cs;
      segment.offset = pos;
      segment.count = eol - pos;
      int resume = -1;
      int last = TokenTypes.NULL;
      for (Token t = maker.getTokenList(segment, state, pos); t != null; t = t.getNextToken()) {
        last = t.getType();
        if (!t.isPaintable()) {
          continue;
        }
        int start = t.getOffset();
        int end = Math.min(start + t.length(), eol);
        int claimed = fix.claim(cs, start, end, last, out);
        if (claimed >= 0) {
          resume = claimed;
          break;
        }
        String standard;
        if (last == TokenTypes.OPERATOR && punctuation(cs, start, end)) {
          standard = null;
        } else if (last >= TokenTypes.LITERAL_NUMBER_DECIMAL_INT
            && last <= TokenTypes.LITERAL_NUMBER_HEXADECIMAL
            && cs[start] != '#') {
          // token makers differ on 0xFF and 1.5; some call a lone "." a number
          standard = Scan.number(Scan.text(cs, start, end));
        } else {
          standard = TokenClasses.of(last);
        }
        out.add(end, fix.classOf(cs, start, end, last, standard));
      }
      if (resume >= 0) {
        pos = Math.max(resume, pos + 1);
        state = TokenTypes.NULL;
        continue;
      }
      out.add(eol, null);
      int after = fix.afterLine(cs, eol, out);
      if (after >= 0) {
        pos = after;
        state = TokenTypes.NULL;
      } else {
        out.add(eol + 1, null);
        pos = eol + 1;
        state = last;
      }
    }
  }

  /** Commas, colons and brackets some token makers call operators: Pygments' punctuation. */
  private static boolean punctuation(char[] cs, int start, int end) {
    for (int i = start; i < end; i++) {
      if (",;:.()[]{}".indexOf(cs[i]) < 0) {
        return false;
      }
    }
    return true;
  }
}
