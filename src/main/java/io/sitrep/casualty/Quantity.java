package io.sitrep.casualty;

/**
 * A figure found in a sentence: its bounds, the vague word if any, the words bounding it as written ("more than",
 * "up to", or null), and the token span of the figure itself ({@code first..last}) and of the words bounding it
 * ({@code modifierStart}).
 */
record Quantity(Integer low, Integer high, String vague, String bound, int modifierStart, int first, int last) {
}
