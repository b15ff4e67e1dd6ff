package dev.tinta.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a site's sources ({@code content/}, {@code templates/}, {@code static/}, recursively, and
 * {@code site.yaml}) or one folder of them ({@link #folder}), and hands each quiet batch of changed
 * paths to a listener, on one thread of its own, so rebuilds never overlap. Folders created later
 * (a new post bundle, or {@code static/} itself) are watched as they appear, and the files already
 * in them count as changed. Hidden files and editor backups ({@code .x.swp}, {@code x~}) are left
 * out.
 */
public final class SiteWatcher implements AutoCloseable {
  /** The folders below the site folder that hold sources. */
  static final List<String> FOLDERS = List.of("content", "templates", "static");

  /** The config file in the site folder. */
  static final String CONFIG = "site.yaml";

  private final Path siteDir;
  private final List<Path> roots;
  private final boolean watchConfig;
  private final Duration quiet;
  private final Consumer<Set<Path>> listener;
  private final Consumer<String> warnings;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
  private final Thread thread;

  /**
   * A watcher for {@code siteDir} that calls {@code listener} after {@code quiet} without new
   * events (or after 20 times that while events keep coming), and {@code warnings} when a folder
   * cannot be watched (the system's limit of watches is reached, for one).
   */
  SiteWatcher(
      Path siteDir, Duration quiet, Consumer<Set<Path>> listener, Consumer<String> warnings) {
    this(siteDir, FOLDERS, true, quiet, listener, warnings);
  }

  private SiteWatcher(
      Path siteDir,
      List<String> folders,
      boolean watchConfig,
      Duration quiet,
      Consumer<Set<Path>> listener,
      Consumer<String> warnings) {
    this.siteDir = siteDir.toAbsolutePath().normalize();
    this.roots = folders.stream().map(f -> this.siteDir.resolve(f).normalize()).toList();
    this.watchConfig = watchConfig;
    this.quiet = quiet;
    this.listener = listener;
    this.warnings = warnings;
    try {
      this.service = this.siteDir.getFileSystem().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + this.siteDir, e);
    }
    this.thread = new NamedThreads("tinta-watch").newThread(this::run);
  }

  /**
   * A watcher of one folder below the site, such as {@code content/comments}, recursively, made or
   * not yet: {@code listener} gets each quiet batch of changed paths in it.
   *
   * @param quiet how long no new event must come before a batch is handed over
   * @param warnings told when a folder cannot be watched
   */
  public static SiteWatcher folder(
      Path siteDir,
      String folder,
      Duration quiet,
      Consumer<Set<Path>> listener,
      Consumer<String> warnings) {
    return new SiteWatcher(siteDir, List.of(folder), false, quiet, listener, warnings);
  }

  /** Registers every folder, then starts watching; changes after this call are seen. */
  public void start() {
    for (Path root : roots) {
      registerAncestors(root);
      registerTree(root, null);
    }
    thread.start();
  }

  /** Stops watching and waits for a listener call in progress to end. */
  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop watching " + siteDir, e);
    }
    if (Thread.currentThread() != thread && thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    ChangeBatch batch = new ChangeBatch(quiet, quiet.multipliedBy(20));
    try {
      while (true) {
        WatchKey key =
            batch.isEmpty()
                ? service.take()
                : service.poll(batch.waitTime(System.nanoTime()).toNanos(), TimeUnit.NANOSECONDS);
        if (key != null) {
          try {
            collect(key, batch);
          } catch (UncheckedIOException e) {
            warnings.accept(e.getMessage() + ": " + e.getCause().getMessage());
          }
        }
        if (batch.ready(System.nanoTime())) {
          listener.accept(batch.drain());
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // close() ends the loop
    }
  }

  private void collect(WatchKey key, ChangeBatch batch) {
    Path dir = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        overflow(batch);
      } else if (dir != null) {
        changed(dir.resolve((Path) event.context()), event.kind(), batch);
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  private void changed(Path path, WatchEvent.Kind<?> kind, ChangeBatch batch) {
    if (ignored(path)) {
      return;
    }
    if (!isSource(path)) {
      if (kind == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        // a folder on the way to a watched one, made after the start (content/ for
        // content/comments): watch down to it, and what is in it already counts as changed
        roots.stream()
            .filter(r -> r.startsWith(path))
            .forEach(
                r -> {
                  registerAncestors(r);
                  registerTree(r, batch);
                });
      }
      return;
    }
    boolean folder = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
    if (folder && kind == ENTRY_MODIFY) {
      // some platforms report a folder whose entries changed; the entries report themselves
      return;
    }
    if (folder && kind == ENTRY_CREATE) {
      // files may land in a new folder before it is registered: count what is there already
      registerTree(path, batch);
    }
    batch.add(path, System.nanoTime());
  }

  /** Events were lost: take every source folder as changed, and watch any folder missed. */
  private void overflow(ChangeBatch batch) {
    long now = System.nanoTime();
    if (watchConfig) {
      batch.add(siteDir.resolve(CONFIG), now);
    }
    for (Path root : roots) {
      batch.add(root, now);
      registerAncestors(root);
      registerTree(root, null);
    }
  }

  /**
   * Whether {@code path} is {@code site.yaml} (when watched) or lies in one of the watched folders.
   */
  private boolean isSource(Path path) {
    if (watchConfig && path.equals(siteDir.resolve(CONFIG))) {
      return true;
    }
    return roots.stream().anyMatch(path::startsWith);
  }

  /**
   * Watches the folders from the site's down to {@code root}'s parent that exist (not their
   * subfolders), so that the creation of {@code root}, or of a folder on the way to it, is seen.
   */
  private void registerAncestors(Path root) {
    for (Path dir = siteDir;
        !dir.equals(root);
        dir = dir.resolve(root.getName(dir.getNameCount()))) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      register(dir);
    }
  }

  /** Hidden files and editor backups, which no build reads. */
  static boolean ignored(Path path) {
    String name = path.getFileName().toString();
    return name.startsWith(".") || name.endsWith("~");
  }

  /** Watches {@code root} and every folder below it; adds their files to {@code batch}. */
  private void registerTree(Path root, ChangeBatch batch) {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && ignored(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              register(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (batch != null && !ignored(file)) {
                batch.add(file, System.nanoTime());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // deleted while we walked: its own event follows
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + root, e);
    }
  }

  private void register(Path dir) {
    try {
      folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
    } catch (ClosedWatchServiceException e) {
      // closing: nothing left to watch
    } catch (IOException e) {
      // a folder deleted between the event and the registration needs no watching
      if (Files.isDirectory(dir)) {
        throw new UncheckedIOException("cannot watch " + dir, e);
      }
    }
  }
}
