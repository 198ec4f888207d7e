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

    /** An expected claim: bounds, outcome and who gives it (null when nobody is named). */
    public record Expected(Integer low, Integer high, String outcome, String claimant) {
    }

    /** One labelled text; split is "tune", "heldout" or "heldout2" (a second held-out batch). */
    public record Labelled(String id, String split, String context, String text, List<Expected> claims,
                           List<String> places) {

        /** Whether the text was kept out of tuning. */
        public boolean heldOut() {
            return !split.equals("tune");
        }
    }

    private static final Pattern CLAIM = Pattern.compile("(\\d*)\\.\\.(\\d*) (\\w+)(?: @(.+))?");

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
                        claims.add(new Expected(m.group(1).isEmpty() ? null : Integer.valueOf(m.group(1)),
                                m.group(2).isEmpty() ? null : Integer.valueOf(m.group(2)), m.group(3), m.group(4)));
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
