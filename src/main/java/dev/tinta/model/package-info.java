/**
 * Immutable records the pipeline stages hand to each other. Compact constructors check invariants
 * and copy collections, so no stage can change another's data.
 */
package dev.tinta.model;
