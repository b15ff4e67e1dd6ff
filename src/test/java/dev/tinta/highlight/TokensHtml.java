package dev.tinta.highlight;

/** Runs as HTML, the way the golden files show them: {@code <span class="k">if</span>}. */
final class TokensHtml {
  private TokensHtml() {}

  static String of(Tokens tokens) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      String text = tokens.code().substring(tokens.start(i), tokens.end(i));
      String cls = tokens.cssClass(i);
      if (cls != null) {
        out.append("<span class=\"").append(cls).append("\">");
      }
      out.append(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      if (cls != null) {
        out.append("</span>");
      }
    }
    return out.toString();
  }
}
