package dev.tinta.problem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems for files the system would not let tinta read or write, naming the path and the system's
 * reason: the user's environment (permissions, a full disk, a file where a folder must be) is no
 * bug in tinta (#11).
 */
public final class FileAccess {
  /** What our own wrappers say they were doing: "cannot read", "cannot write x". */
  private static final Pattern ACTION = Pattern.compile("^(cannot [a-z]+)\\b");

  private FileAccess() {}

  /**
   * {@code shown: error: <action>: <reason>}, such as {@code site-output/x.html: error: cannot
   * write: No space left on device}.
   */
  public static Problem problem(String shown, String action, IOException e) {
    return Problem.inFile(shown, action + ": " + reason(e));
  }

  /**
   * The problem of an {@link UncheckedIOException} in {@code e}'s causes, if there is one: at the
   * file the system named (relative to {@code siteDir} when inside it), else at {@code siteDir}
   * with what tinta was doing.
   */
  public static Optional<Problem> of(Path siteDir, Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UncheckedIOException u) {
        return Optional.of(of(siteDir, u));
      }
    }
    return Optional.empty();
  }

  private static Problem of(Path siteDir, UncheckedIOException e) {
    String wrapper = e.getMessage() == null ? "" : e.getMessage();
    Matcher m = ACTION.matcher(wrapper);
    IOException cause = e.getCause();
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof FileSystemException f && f.getFile() != null) {
        return problem(
            shown(siteDir, Path.of(f.getFile())), m.find() ? m.group(1) : "cannot use", f);
      }
    }
    return Problem.inFile(shown(siteDir, siteDir), wrapper + ": " + reason(cause));
  }

  /**
   * The system's reason for {@code e}, worded as {@code strerror} words it ("Permission denied",
   * "No space left on device", "Not a directory").
   */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "File exists";
    }
    if (e instanceof NotDirectoryException) {
      return "Not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "Directory not empty";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A path as the user gave it: relative to the site folder when inside it. */
  public static String shown(Path siteDir, Path file) {
    Path site = siteDir.toAbsolutePath().normalize();
    Path f = file.toAbsolutePath().normalize();
    String s = f.startsWith(site) && !f.equals(site) ? site.relativize(f).toString() : f.toString();
    return s.replace('\\', '/');
  }
}
