package dev.tinta.highlight;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSharpTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.DockerTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GroovyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.IniTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.LuaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MakefileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.MarkdownTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PHPTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PerlTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PropertiesFileTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RubyTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.ScalaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;

/** The languages a fence may name, by every name it may use (lower case), and their lexers. */
final class Languages {
  private final Map<String, Supplier<Lexer>> byName = new TreeMap<>();

  Languages() {
    rsta(CTokenMaker::new, Fix.NONE, "c", "h");
    rsta(CPlusPlusTokenMaker::new, Words.CPP, "cpp", "c++", "cxx", "hpp", "cc");
    rsta(CSharpTokenMaker::new, Fix.NONE, "csharp", "cs", "c#");
    rsta(CSSTokenMaker::new, CssFix::new, "css");
    rsta(DockerTokenMaker::new, Fix.NONE, "dockerfile", "docker");
    rsta(GoTokenMaker::new, GoFix::new, "go", "golang");
    rsta(GroovyTokenMaker::new, Fix.NONE, "groovy", "gradle");
    rsta(HTMLTokenMaker::new, Fix.NONE, "html", "htm", "xhtml");
    rsta(IniTokenMaker::new, Fix.NONE, "ini", "cfg", "conf");
    rsta(JavaTokenMaker::new, Fix.NONE, "java");
    rsta(
        JavaScriptTokenMaker::new,
        () -> new ScriptFix(Map.of()),
        "javascript",
        "js",
        "mjs",
        "cjs",
        "jsx");
    rsta(JsonTokenMaker::new, new JsonFix(), "json", "jsonc", "json5");
    rsta(KotlinTokenMaker::new, KotlinFix::new, "kotlin", "kt", "kts");
    rsta(LuaTokenMaker::new, Fix.NONE, "lua");
    rsta(MakefileTokenMaker::new, Fix.NONE, "makefile", "make", "mk");
    rsta(MarkdownTokenMaker::new, MarkdownFix::new, "markdown", "md");
    rsta(PerlTokenMaker::new, Fix.NONE, "perl", "pl");
    rsta(PHPTokenMaker::new, Fix.NONE, "php");
    rsta(PropertiesFileTokenMaker::new, Fix.NONE, "properties");
    rsta(PythonTokenMaker::new, PythonFix::new, "python", "py", "python3", "py3");
    rsta(RubyTokenMaker::new, Fix.NONE, "ruby", "rb");
    rsta(RustTokenMaker::new, RustFix::new, "rust", "rs");
    rsta(ScalaTokenMaker::new, Fix.NONE, "scala");
    rsta(
        UnixShellTokenMaker::new,
        ShellFix::new,
        "bash",
        "sh",
        "shell",
        "zsh",
        "ksh",
        "shellscript");
    rsta(SQLTokenMaker::new, Fix.NONE, "sql", "mysql", "postgresql", "postgres", "plsql");
    rsta(
        TypeScriptTokenMaker::new,
        () -> new ScriptFix(ScriptFix.TYPESCRIPT),
        "typescript",
        "ts",
        "tsx",
        "mts");
    rsta(XMLTokenMaker::new, Fix.NONE, "xml", "svg", "xsd", "xsl", "xslt", "pom", "rss", "atom");
    own(DiffLexer::new, "diff", "patch", "udiff");
    own(TomlLexer::new, "toml");
    own(YamlLexer::new, "yaml", "yml");
  }

  private void rsta(Supplier<TokenMaker> maker, Fix fix, String... names) {
    rsta(maker, () -> fix, names);
  }

  private void rsta(Supplier<TokenMaker> maker, Supplier<Fix> fixes, String... names) {
    own(() -> new RstaLexer(maker.get(), fixes), names);
  }

  private void own(Supplier<Lexer> lexer, String... names) {
    for (String name : names) {
      byName.put(name, lexer);
    }
  }

  /** A new lexer for the language a fence names ({@code Java}, {@code yml}), if it is known. */
  Optional<Lexer> lexer(String name) {
    Supplier<Lexer> s = byName.get(name.toLowerCase(Locale.ROOT));
    return s == null ? Optional.empty() : Optional.of(s.get());
  }

  /** Every name a fence may give (lower case), with the lexers it makes. */
  Map<String, Supplier<Lexer>> all() {
    return java.util.Collections.unmodifiableMap(byName);
  }
}
