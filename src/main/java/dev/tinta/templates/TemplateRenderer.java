package dev.tinta.templates;

import dev.tinta.model.PageModel;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders pages with FreeMarker {@code .ftlh} templates (HTML auto-escaping on) from the site's
 * {@code templates/} folder over the default theme. Templates are parsed once and shared; {@link
 * #render} is safe to call from many threads.
 *
 * <p>Theme layout: {@code layouts/<name>.ftlh} (what front matter's {@code layout:} names, plus
 * {@code index}, {@code tag}, {@code tags}, {@code archive}, {@code 404}), {@code partials/},
 * {@code i18n/<lang>.properties}, {@code static/} (copied to the site root).
 */
public final class TemplateRenderer {
  /** The site's own templates folder. */
  public static final String FOLDER = "templates";

  private final Configuration config;
  private final RecordWrapper wrapper;
  private final Path siteTemplates;
  private final Set<String> layouts;
  private final Set<String> templateFiles;
  private final Map<String, byte[]> staticFiles;
  private final Messages messages;

  private TemplateRenderer(
      Configuration config,
      Path siteTemplates,
      Set<String> layouts,
      Set<String> templateFiles,
      Map<String, byte[]> staticFiles,
      Messages messages) {
    this.config = config;
    this.messages = messages;
    this.wrapper = (RecordWrapper) config.getObjectWrapper();
    this.siteTemplates = siteTemplates;
    this.layouts = Set.copyOf(layouts);
    this.templateFiles = java.util.Collections.unmodifiableSet(new TreeSet<>(templateFiles));
    this.staticFiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(staticFiles));
  }

  /** Sets up the templates of the site at {@code siteDir}. */
  public static TemplateRenderer create(Path siteDir) {
    Path own = siteDir.resolve(FOLDER);
    Configuration c = new Configuration(Configuration.VERSION_2_3_35);
    c.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_35));
    List<TemplateLoader> loaders = new ArrayList<>();
    try {
      if (Files.isDirectory(own)) {
        loaders.add(new FileTemplateLoader(own.toFile()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + own, e);
    }
    loaders.add(new ClassTemplateLoader(TemplateRenderer.class, ThemeFiles.RESOURCE_ROOT));
    c.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    c.setDefaultEncoding(StandardCharsets.UTF_8.name());
    c.setOutputEncoding(StandardCharsets.UTF_8.name());
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    // an exception thrown by tinta's own code is a bug, not a template mistake: see renderTemplate
    c.setWrapUncheckedExceptions(false);
    c.setFallbackOnNullLoopVariable(false);
    c.setLocalizedLookup(false);
    c.setNumberFormat("computer");
    c.setAPIBuiltinEnabled(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    Messages messages = Messages.of(ThemeFiles.list(own, "i18n"));
    c.setSharedVariable("t", TemplateFunctions.translate(messages));
    c.setSharedVariable("date", TemplateFunctions.date());
    Set<String> layouts = new TreeSet<>();
    Set<String> templateFiles = new TreeSet<>();
    for (String folder : List.of("layouts", "partials")) {
      for (String name : ThemeFiles.list(own, folder).keySet()) {
        if (name.endsWith(".ftlh") || name.endsWith(".ftl")) {
          templateFiles.add(folder + "/" + name);
        }
        if (folder.equals("layouts") && name.endsWith(".ftlh") && !name.contains("/")) {
          layouts.add(name.substring(0, name.length() - ".ftlh".length()));
        }
      }
    }
    return new TemplateRenderer(
        c, own, layouts, templateFiles, ThemeFiles.list(own, "static"), messages);
  }

  /**
   * Warnings for the site's language and each post's or page's language that has no UI strings in
   * the theme.
   */
  public List<dev.tinta.problem.Problem> languageWarnings(
      SiteConfig config, List<dev.tinta.model.Post> posts, List<dev.tinta.model.Page> pages) {
    return LanguageWarnings.of(messages, config, posts, pages);
  }

  /**
   * Parses every layout and partial (the site's over the default theme's) once, before anything is
   * rendered: FreeMarker remembers a template that failed to load and answers every later request
   * for it with a plain {@link IOException}, so a syntax error found while rendering the second
   * page would no longer say where it is (#11). Each file is parsed on its own, so an error in a
   * partial is reported in the partial, not at the {@code <#import>} of a layout.
   *
   * @throws SiteException with the syntax errors of every file
   */
  public void parseAll() {
    List<Problem> problems = new ArrayList<>();
    for (String name : templateFiles) {
      try {
        config.getTemplate(name);
      } catch (ParseException e) {
        problems.add(syntaxError(e, name));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read template " + name, e);
      }
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
  }

  /** The layout names: what {@code layout:} in front matter may say. */
  public Set<String> layouts() {
    return layouts;
  }

  /**
   * Theme static files (the default theme's, overridden by the site's) by relative path, read when
   * the renderer was created. The arrays are shared: callers must not change them.
   */
  public Map<String, byte[]> staticFiles() {
    return staticFiles;
  }

  /**
   * A UI string of the theme's {@code i18n/} bundles in a language: what {@code t(key, args...)}
   * gives a template, for texts a server sends outside a page (JSON errors, the owner's mail). Not
   * cached as the build's are: a server's values (a reader's name, a signed link) do not repeat.
   */
  public String message(Locale locale, String key, Object... args) {
    return messages.formatOnce(locale, key, args);
  }

  /**
   * Renders {@code layouts/<layout>.ftlh} for {@code page} in the given language, encoded in UTF-8
   * as the page is written: what the site's file holds.
   *
   * @throws SiteException naming the template file, line and column of a template error
   */
  public byte[] render(String layout, Locale locale, PageModel page) {
    // A writer of our own that encoded as it went (Utf8Writer) saved 1.2% of the CPU of a
    // 10,000-post build and a wall time within the noise (bench/ab.py, 2026-12-02): removed (#17).
    StringWriter out = new StringWriter(32 * 1024);
    renderTemplate(
        "layouts/" + layout + ".ftlh", locale, wrapper.root((Record) page, page.frame()), out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders {@code layouts/<layout>.ftlh} for a page a server makes rather than the build (the
   * comment server's pages), whose template sees the components of {@code page} and {@code frame}
   * (what the page frame needs) as top-level names, in the given language, encoded in UTF-8.
   *
   * @throws SiteException naming the template file, line and column of a template error
   */
  public byte[] renderServerPage(String layout, Locale locale, Record frame, Record page) {
    StringWriter out = new StringWriter(16 * 1024);
    renderTemplate("layouts/" + layout + ".ftlh", locale, wrapper.root(page, frame), out);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders a partial, such as {@code partials/sidebar.ftlh}, on its own: for fragments that are
   * the same on many pages and so are rendered once. The partial sees the components of {@code
   * model} as top-level names.
   *
   * @throws SiteException naming the template file, line and column of a template error
   */
  public String renderPartial(String partial, Locale locale, Record model) {
    // rendered once per site, not per page: StringWriter's locking costs nothing measurable here
    StringWriter out = new StringWriter(16 * 1024);
    renderTemplate("partials/" + partial + ".ftlh", locale, wrapper.root(model), out);
    return out.toString();
  }

  private void renderTemplate(String name, Locale locale, TemplateHashModel model, Writer out) {
    try {
      Template template = config.getTemplate(name);
      Environment env = template.createProcessingEnvironment(model, out);
      env.setLocale(locale);
      env.process();
    } catch (ParseException e) {
      throw new SiteException(syntaxError(e, name));
    } catch (TemplateException e) {
      Throwable bug = bugIn(e);
      if (bug != null) {
        throw new IllegalStateException(
            "a model method failed while rendering " + name + ": " + bug, bug);
      }
      String file = fileOf(e.getTemplateSourceName(), name);
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      throw new SiteException(
          Problem.at(
              file,
              line == null ? 0 : line,
              column == null ? 0 : column,
              "template error: " + oneLine(e.getMessageWithoutStackTop())));
    } catch (freemarker.template.TemplateNotFoundException e) {
      throw new SiteException(Problem.inFile(FOLDER + "/" + name, "template not found"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + name, e);
    } catch (StackOverflowError e) {
      // a macro or function that calls itself without end: FreeMarker has no depth limit of its
      // own, and the error would leave the build as a bug in tinta (#11 fuzz)
      throw new SiteException(
          Problem.inFile(fileOf(null, name), "template error: calls nested too deeply")
              .withHint("a macro or function that calls itself without end?"));
    }
  }

  private Problem syntaxError(ParseException e, String name) {
    return Problem.at(
        fileOf(e.getTemplateName(), name),
        e.getLineNumber(),
        e.getColumnNumber(),
        "template syntax error: " + oneLine(e.getEditorMessage()));
  }

  /**
   * The exception that tinta's own code threw while a template called it, or null for a template
   * mistake (a missing name, a wrong type, a bad argument to {@code t} or {@code date}). FreeMarker
   * reports mistakes as its own exceptions, and wraps what a Java method threw: one whose stack
   * passes through tinta's code before FreeMarker's is a bug in tinta.
   */
  private static Throwable bugIn(TemplateException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if ((t instanceof RuntimeException || t instanceof Error) && thrownInTinta(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean thrownInTinta(Throwable t) {
    for (StackTraceElement frame : t.getStackTrace()) {
      if (frame.getClassName().startsWith("freemarker.")) {
        return false;
      }
      if (frame.getClassName().startsWith("dev.tinta.")) {
        return true;
      }
    }
    return false;
  }

  private String fileOf(String templateName, String fallback) {
    String n = templateName == null ? fallback : templateName;
    return Files.exists(siteTemplates.resolve(n))
        ? FOLDER + "/" + n
        : FOLDER + "/" + n + " (default theme)";
  }

  private static String oneLine(String message) {
    String m = message == null ? "" : message;
    for (String end : new String[] {"\n----", " [in template"}) {
      int cut = m.indexOf(end);
      if (cut >= 0) {
        m = m.substring(0, cut);
      }
    }
    return m.replaceAll("\\s*\\n\\s*", " ").trim();
  }
}
