package io.sitrep.casualty;

import java.util.Locale;

/**
 * The one way a casualty figure is written for readers, in pushes, digests and {@code /casualties} alike: vague words,
 * floors and ranges as the source gave them ("dozens", "more than 50", "5–6", "up to 400"), never a bare number
 * standing in for them.
 */
public final class CasualtyFigure {

    private CasualtyFigure() {
    }

    /** The figure alone, in plain text: "13", "more than 50", "dozens", "5–6", "up to 400". */
    public static String of(CasualtyClaim c) {
        if (c.vague() != null) {
            return c.bound() != null ? c.bound() + " " + c.vague() : c.vague();
        }
        if (c.low() != null && c.high() != null) {
            return number(c.low()) + "\u2013" + number(c.high());
        }
        if (c.low() != null) {
            return c.bound() != null ? c.bound() + " " + number(c.low()) : number(c.low());
        }
        if (c.high() != null) {
            return (c.bound() != null ? c.bound() : "up to") + " " + number(c.high());
        }
        return "an unknown number";
    }

    /** The figure with its outcome: "more than 50 killed", "dozens killed", "21 wounded". */
    public static String withOutcome(CasualtyClaim c) {
        return of(c) + " " + c.outcome();
    }

    /** The earlier figure a changed toll replaces, as "up from 14", or null. */
    public static String upFrom(CasualtyClaim c) {
        return c.upFrom() == null ? null : "up from " + number(c.upFrom());
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
