/**
 * The fuzz test of issue #11: a seeded generator mutates a copy of the example blog and builds it
 * in-process thousands of times ({@link dev.tinta.fuzz.SiteFuzzIT}); each crash it found is a named
 * regression test ({@link dev.tinta.fuzz.FuzzFindingsTest}).
 */
package dev.tinta.fuzz;
