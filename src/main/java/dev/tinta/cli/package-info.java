/**
 * The {@code tinta} command line (picocli): {@link dev.tinta.cli.Main} and one class per
 * subcommand. Only {@code Main} exits the process; user mistakes print compiler-style.
 */
package dev.tinta.cli;
