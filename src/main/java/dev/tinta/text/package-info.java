/** Text helpers every stage shares: strict UTF-8 decoding, quick ISO date-times. */
package dev.tinta.text;
