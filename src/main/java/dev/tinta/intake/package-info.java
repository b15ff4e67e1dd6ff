/**
 * The comment intake server ({@code tinta comments serve}): readers' form pages and JSON API on
 * Jetty core handlers, one handler per route group assembled by {@link
 * dev.tinta.intake.IntakeServer}. Spam layers (signed one-time form tokens, honeypot, link count,
 * rate limits per network) fail closed; a comment is acknowledged only once the comments package
 * has it on disk.
 */
package dev.tinta.intake;
