/**
 * Local images: their size, read from the file's header before anything is decoded, and resized
 * copies (variants) for {@code srcset}, encoded deterministically and cached by content hash.
 * Entry: {@link dev.tinta.images.ResponsiveImages}.
 */
package dev.tinta.images;
