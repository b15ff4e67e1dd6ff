/**
 * The build daemon: a JVM that stays warm between {@code tinta build} runs, as Gradle's daemon
 * does, so a small site builds in a fraction of a cold start. The launcher ({@code bin/tinta})
 * starts it on first use and talks to it through {@code lib/daemon-client.bash}; it serves one
 * user's builds of any number of sites, refuses work once its jar changes, and stops itself when
 * idle.
 *
 * <p>Protocol, one connection per command, UTF-8 lines. The client sends {@code tinta-daemon 1
 * TOKEN}, then {@code cwd PATH}, {@code terminal 0|1}, one {@code arg A} per argument and {@code
 * end}. The daemon answers with frames: {@code o TEXT} / {@code e TEXT} (a line of standard output
 * / error), {@code O TEXT} / {@code E TEXT} (text without its line end, for a progress bar), then
 * {@code x CODE} (the exit code); or {@code r WHY} (refused: the client runs the command itself).
 */
package dev.tinta.daemon;
