package dev.tinta.highlight;

import java.util.ArrayList;
import java.util.List;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Heredocs for the shell: {@code <<EOF} (or {@code <<-'EOF'}) marks the lines after it, up to the
 * line holding only the word, as a heredoc string; the token maker would lex them as commands. In
 * an unquoted heredoc, {@code $name} and {@code ${...}} are marked.
 */
final class ShellFix implements Fix {
  private record Pending(String word, boolean tabs, boolean expands) {}

  private final List<Pending> pending = new ArrayList<>();

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    if (type != TokenTypes.OPERATOR
        || cs[start] != '<'
        || !Scan.startsWith(cs, start, "<<")
        || Scan.startsWith(cs, start, "<<<")) {
      return -1;
    }
    int i = start + 2;
    boolean tabs = i < cs.length && cs[i] == '-';
    if (tabs) {
      i++;
    }
    while (i < cs.length && (cs[i] == ' ' || cs[i] == '\t')) {
      i++;
    }
    boolean quoted = false;
    char quote = 0;
    if (i < cs.length && (cs[i] == '\'' || cs[i] == '"')) {
      quote = cs[i];
      quoted = true;
      i++;
    } else if (i < cs.length && cs[i] == '\\') {
      quoted = true;
      i++;
    }
    int wordStart = i;
    while (i < cs.length && (Scan.identPart(cs[i]) || cs[i] == '-' || cs[i] == '.')) {
      i++;
    }
    if (i == wordStart) {
      return -1;
    }
    String word = Scan.text(cs, wordStart, i);
    if (quote != 0) {
      if (i >= cs.length || cs[i] != quote) {
        return -1;
      }
      i++;
    }
    pending.add(new Pending(word, tabs, !quoted));
    out.add(i, "sh");
    return i;
  }

  @Override
  public int afterLine(char[] cs, int eol, Tokens.Builder out) {
    if (pending.isEmpty() || eol >= cs.length) {
      pending.clear();
      return -1;
    }
    out.add(eol + 1, null);
    int line = eol + 1;
    for (Pending p : pending) {
      while (line < cs.length) {
        int end = Scan.lineEnd(cs, line);
        int textStart = line;
        if (p.tabs()) {
          while (textStart < end && cs[textStart] == '\t') {
            textStart++;
          }
        }
        boolean last = Scan.text(cs, textStart, end).equals(p.word());
        if (last || !p.expands()) {
          out.add(end, "sh");
        } else {
          Scan.interpolated(cs, line, end, true, "sh", out);
        }
        out.add(Math.min(end + 1, cs.length), null);
        line = end + 1;
        if (last) {
          break;
        }
      }
    }
    pending.clear();
    return Math.min(line, cs.length);
  }
}
