package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A template sees a record through {@link RecordWrapper} exactly as through FreeMarker's own. */
class RecordWrapperTest {
  /** A model record like tinta's: text, numbers, lists, an optional, a nested record, methods. */
  public record Item(
      String title,
      int count,
      boolean open,
      List<String> tags,
      Optional<String> source,
      Item parent,
      String empty) {
    public boolean hasParent() {
      return parent != null;
    }

    public String shout(String suffix) {
      return title.toUpperCase(java.util.Locale.ROOT) + suffix;
    }
  }

  private static final Item ITEM =
      new Item(
          "A & B <i>",
          3,
          true,
          List.of("x", "y"),
          Optional.of("src"),
          new Item("Parent", 0, false, List.of(), Optional.empty(), null, ""),
          "");

  private static String render(ObjectWrapper wrapper, String source) throws Exception {
    Configuration c = new Configuration(Configuration.VERSION_2_3_35);
    c.setObjectWrapper(wrapper);
    Template t = new Template("t.ftlh", source, c);
    StringWriter out = new StringWriter();
    t.process(Map.of("item", ITEM), out);
    return out.toString();
  }

  @org.junit.jupiter.api.Test
  void readsComponentsWithoutTheBeanModel() throws Exception {
    var model = new RecordWrapper(Configuration.VERSION_2_3_35).wrap(ITEM);

    assertThat(model).isNotInstanceOf(freemarker.ext.beans.BeanModel.class);
    assertThat(((freemarker.template.TemplateHashModel) model).get("count").toString())
        .isEqualTo("3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "${item.title} ${item.count} ${item.open?c} ${item.count + 1}",
        "${item.title()} ${item.count()} ${item.hasParent()?c} ${item.shout('!')}",
        "<#list item.tags as t>${t}<#sep>,</#list> ${item.tags?size}",
        "${item.source.isPresent()?c} ${item.source.get()} ${item.parent.title}",
        "<#if item.empty?has_content>y<#else>n</#if> <#if item?has_content>y</#if>",
        "${item.parent.parent???c} ${item.missing???c} ${item?is_hash?c}",
        "<#list item?keys?sort as k>${k} </#list>",
      })
  void readsRecordsAsTheDefaultWrapperDoes(String source) throws Exception {
    String expected = render(new DefaultObjectWrapper(Configuration.VERSION_2_3_35), source);

    assertThat(render(new RecordWrapper(Configuration.VERSION_2_3_35), source)).isEqualTo(expected);
  }
}
