package io.sitrep.casualty;

/**
 * One figure of people killed, wounded, captured, missing or freed, as a source gave it, shaped after the UCDP and
 * ACLED codebooks (low and high estimates, the side of the victims, vague words coded as numbers).
 *
 * @param low the lowest figure; null when the text gives only an upper bound ("up to 400", "nearly 30")
 * @param high the highest figure of a range ("five or six", "10-15") or an upper bound; null when open or single
 * @param vague the vague word the figure came from ("dozens", "a dozen", "scores", "hundreds"), else null
 * @param outcome one of {@code killed, wounded, captured, missing, freed}
 * @param victims the words naming the people, as written (e.g. "IRGC troops"), or null
 * @param side the victims' party: an actor name from the actor dictionary, {@code civilians}, or {@code unknown}
 * @param claimedBy who gives the figure, as written (e.g. "IRGC spokesman"), or null
 * @param status one of {@code claimed, confirmed, reported, denied}
 * @param cumulative whether this is a running total ("since October", "the death toll has risen to"), never to be
 *     added to single-incident figures
 * @param place the name of the place given in the same sentence (or the entry's default place), or null
 * @param part whether the figure is a share of one just given ("including five children", "three of them soldiers")
 * @param background whether the figure is about an earlier dated event ("on April 27 ... killing 55"), not today's news
 * @param upFrom the earlier figure a changed toll replaces ("rose to 20, up from 14"), or null
 * @param bound the words bounding the figure as written ("more than", "at least", "up to", "nearly"), or null
 */
public record CasualtyClaim(Integer low, Integer high, String vague, String outcome, String victims, String side,
                            String claimedBy, String status, boolean cumulative, String place, boolean part,
                            boolean background, Integer upFrom, String bound) {

    /** A claim that is news, neither a part of another figure nor a changed toll. */
    public CasualtyClaim(Integer low, Integer high, String vague, String outcome, String victims, String side,
                         String claimedBy, String status, boolean cumulative, String place) {
        this(low, high, vague, outcome, victims, side, claimedBy, status, cumulative, place, false, false, null, null);
    }

    public static final String KILLED = "killed";
    public static final String WOUNDED = "wounded";
    public static final String CAPTURED = "captured";
    public static final String MISSING = "missing";
    public static final String FREED = "freed";

    public static final String CLAIMED = "claimed";
    public static final String CONFIRMED = "confirmed";
    public static final String REPORTED = "reported";
    public static final String DENIED = "denied";

    public static final String CIVILIANS = "civilians";
    public static final String UNKNOWN = "unknown";
}
