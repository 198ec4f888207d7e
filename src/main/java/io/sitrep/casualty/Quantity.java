package io.sitrep.casualty;

/**
 * A figure found in a sentence: its bounds, the vague word if any, and the token span of the figure itself
 * ({@code first..last}) and of the words bounding it ({@code modifierStart}, e.g. "more than").
 */
record Quantity(Integer low, Integer high, String vague, int modifierStart, int first, int last) {
}
