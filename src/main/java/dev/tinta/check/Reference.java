package dev.tinta.check;

/**
 * One URL an HTML page refers to, as written, with the position of its attribute.
 *
 * @param url the attribute value with surrounding ASCII whitespace removed
 * @param element the element's name, e.g. {@code a}
 * @param attribute the attribute's name, e.g. {@code href}
 * @param line 1-based line of the attribute, 0 when unknown
 * @param column 1-based column of the attribute, 0 when unknown
 */
record Reference(String url, String element, String attribute, int line, int column) {}
