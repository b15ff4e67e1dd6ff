/** Text helpers every stage shares: strict UTF-8 decoding. */
package dev.tinta.text;
