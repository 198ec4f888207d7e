package io.sitrep.place;

/**
 * A word of a text with its span and the facts the finders use about its surroundings.
 *
 * @param text the word as written, without a trailing possessive 's
 * @param start index of the first character
 * @param end index after the last character
 * @param sentenceStart whether it opens a sentence (or the text, or a line)
 * @param gapBefore the characters between the previous word and this one
 * @param possessive whether a possessive 's followed the word (Baghdad's)
 */
public record WordToken(String text, int start, int end, boolean sentenceStart, String gapBefore, boolean possessive) {

    /** Whether the word starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the word is written in capitals throughout, like IRGC. */
    public boolean allCaps() {
        return text.length() > 1 && text.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** Whether only spaces or a hyphen separate it from the previous word. */
    public boolean joinedToPrevious() {
        return gapBefore.isEmpty() || gapBefore.chars().allMatch(c -> c == ' ' || c == '-' || c == '\u00a0');
    }

    /** Whether a hyphen joins it to the previous word. */
    public boolean hyphenBefore() {
        return gapBefore.equals("-") || gapBefore.equals("\u2011");
    }

    /** The word in lower case. */
    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
