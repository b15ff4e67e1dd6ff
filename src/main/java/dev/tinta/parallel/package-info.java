/**
 * The build's threads: one {@link dev.tinta.parallel.Workers} pool of a known size, made by the
 * pipeline and passed to every stage that works in parallel.
 */
package dev.tinta.parallel;
