package io.sitrep.place;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.casualty.LabelledSentences;
import io.sitrep.casualty.LabelledSentences.Labelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Precision and recall of place mentions on the labelled set, matched on the gazetteer name. */
class PlaceQualityTests {

    static PlaceFinder finder;
    static List<Labelled> set;

    @BeforeAll
    static void load() {
        finder = new PlaceFinder(PlaceGazetteer.loadDefault());
        set = LabelledSentences.load();
    }

    record Score(int expected, int found, int matched) {
        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }
    }

    static Score score(List<Labelled> items, boolean print) {
        int expected = 0;
        int found = 0;
        int matched = 0;
        for (Labelled l : items) {
            List<Place> actual = new ArrayList<>(finder.find(l.text()).stream().map(PlaceMention::place).distinct().toList());
            List<String> wanted = l.places();
            expected += wanted.size();
            found += actual.size();
            List<String> problems = new ArrayList<>();
            for (String w : wanted) {
                Place hit = actual.stream().filter(p -> answersTo(p, w)).findFirst().orElse(null);
                if (hit != null) {
                    actual.remove(hit);
                    matched++;
                } else {
                    problems.add("missed " + w);
                }
            }
            actual.forEach(a -> problems.add("spurious " + a.name() + " (" + a.country() + ")"));
            if (print && !problems.isEmpty()) {
                System.out.println(l.id() + " " + problems);
            }
        }
        return new Score(expected, found, matched);
    }

    /** A label names a place by its gazetteer name or by any of its spellings. */
    static boolean answersTo(Place p, String label) {
        String key = PlaceNames.key(label);
        return p.name().equals(label) || PlaceNames.key(p.name()).equals(key) || PlaceNames.key(p.asciiName()).equals(key)
                || p.aliases().stream().anyMatch(a -> PlaceNames.key(a).equals(key));
    }

    @Test
    void placePrecisionMeetsTarget() {
        boolean details = "all".equals(System.getProperty("quality.details"));
        List<Labelled> tune = set.stream().filter(l -> !l.heldOut()).toList();
        List<Labelled> heldOut = set.stream().filter(Labelled::heldOut).toList();
        Score t = score(tune, true);
        Score h = score(heldOut, details);
        Score all = score(set, false);
        Score third = score(set.stream().filter(l -> l.split().equals("heldout3")).toList(), false);
        System.out.printf(Locale.ROOT, "places tune:     expected %d, found %d, matched %d: precision %.3f recall %.3f%n",
                t.expected(), t.found(), t.matched(), t.precision(), t.recall());
        System.out.printf(Locale.ROOT, "places held out: expected %d, found %d, matched %d: precision %.3f recall %.3f%n",
                h.expected(), h.found(), h.matched(), h.precision(), h.recall());
        System.out.printf(Locale.ROOT, "  of which third batch: expected %d, found %d, matched %d: precision %.3f recall %.3f%n",
                third.expected(), third.found(), third.matched(), third.precision(), third.recall());
        Score fourth = score(set.stream().filter(l -> l.split().equals("heldout4")).toList(), details || "heldout4".equals(System.getProperty("quality.details")));
        System.out.printf(Locale.ROOT, "  of which heldout4:    expected %d, found %d, matched %d: precision %.3f recall %.3f%n",
                fourth.expected(), fourth.found(), fourth.matched(), fourth.precision(), fourth.recall());
        Score fifth = score(set.stream().filter(l -> l.split().equals("heldout5")).toList(), "heldout5".equals(System.getProperty("quality.details")));
        System.out.printf(Locale.ROOT, "  of which heldout5:    expected %d, found %d, matched %d: precision %.3f recall %.3f%n",
                fifth.expected(), fifth.found(), fifth.matched(), fifth.precision(), fifth.recall());
        System.out.printf(Locale.ROOT, "places all:      precision %.3f recall %.3f%n", all.precision(), all.recall());
        assertThat(t.precision()).as("tuned place precision").isGreaterThanOrEqualTo(0.9);
        assertThat(all.precision()).as("overall place precision").isGreaterThanOrEqualTo(0.9);
        assertThat(fourth.precision()).as("held-out (issue 12) place precision").isGreaterThanOrEqualTo(0.9);
        assertThat(fourth.recall()).as("held-out (issue 12) place recall").isGreaterThanOrEqualTo(0.8);
        assertThat(fifth.precision()).as("fresh held-out (issue 12) place precision").isGreaterThanOrEqualTo(0.9);
        assertThat(fifth.recall()).as("fresh held-out (issue 12) place recall").isGreaterThanOrEqualTo(0.8);
    }
}
