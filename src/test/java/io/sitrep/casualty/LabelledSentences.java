package io.sitrep.casualty;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hand-labelled quality set in claims-labelled.tsv. */
public final class LabelledSentences {

    /**
     * An expected claim: bounds, outcome, who gives it (null when nobody is named; several spellings a reader would
     * accept), and, where the line labels them, its status, whether it is part of a figure just given, background or a
     * running total, and the earlier figure a changed toll replaces.
     */
    public record Expected(Integer low, Integer high, String outcome, List<String> claimants, String status,
                           boolean part, boolean background, boolean total, Integer upFrom) {

        /** The first spelling of the claimant, or null. */
        public String claimant() {
            return claimants.isEmpty() ? null : claimants.get(0);
        }

        /** Whether the line labels status and time (news, background, running total). */
        public boolean labelsStatus() {
            return status != null;
        }
    }

    /** One labelled text; split is "tune" or "heldout", "heldout2"... (batches kept out of tuning). */
    public record Labelled(String id, String split, String context, String text, List<Expected> claims,
                           List<String> places) {

        /** Whether the text was kept out of tuning. */
        public boolean heldOut() {
            return split.startsWith("heldout");
        }
    }

    private static final Pattern CLAIM = Pattern.compile(
            "(\\d*)\\.\\.(\\d*) (\\w+)(?: @(.+?))?(?: =(\\w+))?((?: \\+\\w+)*)(?: <(\\d+))?");

    private LabelledSentences() {
    }

    /** Every labelled text. */
    public static List<Labelled> load() {
        try (InputStream in = LabelledSentences.class.getResourceAsStream("/io/sitrep/casualty/claims-labelled.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Labelled> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                List<Expected> claims = new ArrayList<>();
                if (!c[4].equals("-")) {
                    for (String item : c[4].split(" ; ")) {
                        Matcher m = CLAIM.matcher(item.trim());
                        if (!m.matches()) {
                            throw new IllegalStateException("bad claim label in " + c[0] + ": " + item);
                        }
                        String flags = m.group(6);
                        claims.add(new Expected(m.group(1).isEmpty() ? null : Integer.valueOf(m.group(1)),
                                m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2)), m.group(3),
                                m.group(4) == null ? List.of() : Arrays.asList(m.group(4).split(" / ")), m.group(5),
                                flags.contains("+part"), flags.contains("+background"), flags.contains("+total"),
                                m.group(7) == null ? null : Integer.valueOf(m.group(7))));
                    }
                }
                List<String> places = c[5].equals("-") ? List.of() : Arrays.asList(c[5].split("\\|"));
                out.add(new Labelled(c[0], c[1], c[2], c[3], claims, places));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
