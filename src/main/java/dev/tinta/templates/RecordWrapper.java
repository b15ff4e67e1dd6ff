package dev.tinta.templates;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default wrapper, except that a record's components ({@code post.title}) are read
 * through a method handle made once per record class instead of FreeMarker's reflective bean
 * lookup, which costs more than the rest of an interpolation (a post page reads ~90 of them).
 * Everything else about a record (its other methods, {@code ?keys}, printing it) is the default
 * bean model's, made only when a template asks for it.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  /** The component accessors of each record class, by name. */
  private final ClassValue<Map<String, MethodHandle>> components =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          Map<String, MethodHandle> byName = new HashMap<>();
          MethodHandles.Lookup lookup = MethodHandles.publicLookup();
          for (RecordComponent c : type.getRecordComponents()) {
            try {
              byName.put(
                  c.getName(),
                  lookup
                      .unreflect(c.getAccessor())
                      .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException e) {
              // not public: left to the bean model
            }
          }
          return Map.copyOf(byName);
        }
      };

  RecordWrapper(Version incompatibleImprovements) {
    super(incompatibleImprovements);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record record) {
      return new RecordModel(record, components.get(record.getClass()));
    }
    return super.handleUnknownType(obj);
  }

  /**
   * The data model of a page: the components of {@code layers} by name, the first layer's before
   * the next one's; a component holding an {@link java.util.Optional} is its value, or missing when
   * empty (so {@code newer??} reads naturally). A component named {@code frame} is a layer, not a
   * name.
   */
  TemplateHashModel root(Record... layers) {
    return new Root(layers);
  }

  /** The default wrapper's model of {@code obj}, for what {@link RecordModel} does not read. */
  private TemplateModel beanModel(Object obj) throws TemplateModelException {
    return super.handleUnknownType(obj);
  }

  /** The names of a page's layers. */
  private final class Root implements TemplateHashModel {
    private final Record[] layers;

    Root(Record[] layers) {
      this.layers = layers.clone();
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      if (key.equals("frame")) {
        return null;
      }
      for (Record layer : layers) {
        MethodHandle accessor = components.get(layer.getClass()).get(key);
        if (accessor != null) {
          Object value = read(accessor, layer, key);
          return wrap(value instanceof java.util.Optional<?> o ? o.orElse(null) : value);
        }
      }
      return null;
    }

    @Override
    public boolean isEmpty() {
      return false;
    }
  }

  private static Object read(MethodHandle accessor, Record record, String key)
      throws TemplateModelException {
    try {
      return accessor.invokeExact((Object) record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new TemplateModelException("cannot read " + key, e);
    }
  }

  /** A record as a hash: its components by handle, the rest by the default bean model. */
  private final class RecordModel
      implements TemplateHashModelEx,
          MethodCallAwareTemplateHashModel,
          TemplateScalarModel,
          AdapterTemplateModel,
          WrapperTemplateModel {
    private final Record record;
    private final Map<String, MethodHandle> accessors;
    private TemplateModel bean;

    RecordModel(Record record, Map<String, MethodHandle> accessors) {
      this.record = record;
      this.accessors = accessors;
    }

    private TemplateModel bean() throws TemplateModelException {
      if (bean == null) {
        bean = beanModel(record);
      }
      return bean;
    }

    private TemplateHashModelEx hash() throws TemplateModelException {
      return (TemplateHashModelEx) bean();
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      MethodHandle accessor = accessors.get(key);
      if (accessor == null) {
        return hash().get(key);
      }
      return wrap(read(accessor, record, key));
    }

    /** {@code post.wasUpdated()} and {@code pager.hasNewer()}: the bean model's method. */
    @Override
    public TemplateModel getBeforeMethodCall(String key)
        throws TemplateModelException, ShouldNotBeGetAsMethodException {
      return bean() instanceof MethodCallAwareTemplateHashModel m
          ? m.getBeforeMethodCall(key)
          : hash().get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
      return hash().isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
      return hash().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
      return hash().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      return hash().values();
    }

    @Override
    public String getAsString() throws TemplateModelException {
      return ((TemplateScalarModel) bean()).getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      return record;
    }

    @Override
    public Object getWrappedObject() {
      return record;
    }
  }
}
