/**
 * Retention: Sitrep keeps sent-message records, entries, editors' audit and map pictures only as long as
 * {@code sitrep.retention.*} says, pruning the rest in small batches beside the work that matters.
 */
package io.sitrep.retention;
