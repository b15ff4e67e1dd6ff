/**
 * Safe YAML 1.2 reading for front matter, {@code site.yaml} and comment files: nodes keep their
 * positions so every type mistake becomes a {@link dev.tinta.problem.Problem} at file:line:col.
 */
package dev.tinta.yaml;
