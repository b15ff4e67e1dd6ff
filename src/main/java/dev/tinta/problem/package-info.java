/**
 * User-facing errors as data: a {@link dev.tinta.problem.Problem} names file, line and column;
 * stages collect them and throw one {@link dev.tinta.problem.SiteException} per run.
 */
package dev.tinta.problem;
