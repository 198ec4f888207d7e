package io.sitrep.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.casualty.LabelledSentences.Expected;
import io.sitrep.casualty.LabelledSentences.Labelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Precision and recall of claims on the labelled set, matched on figure and outcome. */
class CasualtyQualityTests {

    static CasualtyClaimExtractor extractor;
    static List<Labelled> set;

    @BeforeAll
    static void load() {
        extractor = CasualtyClaimExtractor.withDefaults();
        set = LabelledSentences.load();
    }

    record Score(int expected, int found, int matched, int claimantRight) {
        double precision() {
            return found == 0 ? 1 : (double) matched / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) matched / expected;
        }

        double claimantAccuracy() {
            return matched == 0 ? 1 : (double) claimantRight / matched;
        }
    }

    static Score score(List<Labelled> items, boolean print) {
        int expected = 0;
        int found = 0;
        int matched = 0;
        int claimantRight = 0;
        for (Labelled l : items) {
            List<CasualtyClaim> actual = new ArrayList<>(extractor.extract(l.text(), l.context().isEmpty() ? null : l.context()));
            expected += l.claims().size();
            found += actual.size();
            List<String> problems = new ArrayList<>();
            for (Expected e : l.claims()) {
                CasualtyClaim hit = null;
                for (CasualtyClaim a : actual) {
                    if (Objects.equals(a.low(), e.low()) && Objects.equals(a.high(), e.high()) && a.outcome().equals(e.outcome())) {
                        hit = a;
                        break;
                    }
                }
                if (hit == null) {
                    problems.add("missed " + e);
                    continue;
                }
                actual.remove(hit);
                matched++;
                if (sameClaimant(e.claimant(), hit.claimedBy())) {
                    claimantRight++;
                } else {
                    problems.add("claimant " + hit.claimedBy() + " != " + e.claimant());
                }
            }
            for (CasualtyClaim a : actual) {
                problems.add("spurious " + a);
            }
            if (print && !problems.isEmpty()) {
                System.out.println(l.id() + " " + problems);
            }
        }
        return new Score(expected, found, matched, claimantRight);
    }

    static boolean sameClaimant(String expected, String actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        return norm(expected).equals(norm(actual));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceFirst("^(the|a|an) ", "").trim();
    }

    @Test
    void claimPrecisionAndRecallMeetTargets() {
        boolean details = "all".equals(System.getProperty("quality.details"));
        List<Labelled> tune = set.stream().filter(l -> !l.heldOut()).toList();
        List<Labelled> heldOut = set.stream().filter(Labelled::heldOut).toList();
        List<Labelled> second = set.stream().filter(l -> l.split().equals("heldout2")).toList();
        Score t = score(tune, true);
        Score h = score(heldOut, details);
        Score h2 = score(second, false);
        List<Labelled> third = set.stream().filter(l -> l.split().equals("heldout3")).toList();
        Score h3 = score(third, false);
        Score all = score(set, false);
        System.out.printf(Locale.ROOT, "claims tune:     %d texts, expected %d, found %d, matched %d: precision %.3f recall %.3f claimant accuracy %.3f%n",
                tune.size(), t.expected(), t.found(), t.matched(), t.precision(), t.recall(), t.claimantAccuracy());
        System.out.printf(Locale.ROOT, "claims held out: %d texts, expected %d, found %d, matched %d: precision %.3f recall %.3f claimant accuracy %.3f%n",
                heldOut.size(), h.expected(), h.found(), h.matched(), h.precision(), h.recall(), h.claimantAccuracy());
        System.out.printf(Locale.ROOT, "  of which second batch: %d texts: precision %.3f recall %.3f claimant accuracy %.3f%n",
                second.size(), h2.precision(), h2.recall(), h2.claimantAccuracy());
        System.out.printf(Locale.ROOT, "  of which third batch:  %d texts, expected %d, found %d, matched %d: precision %.3f recall %.3f claimant accuracy %.3f%n",
                third.size(), h3.expected(), h3.found(), h3.matched(), h3.precision(), h3.recall(), h3.claimantAccuracy());
        System.out.printf(Locale.ROOT, "claims all:      precision %.3f recall %.3f claimant accuracy %.3f%n",
                all.precision(), all.recall(), all.claimantAccuracy());
        assertThat(set).hasSizeGreaterThanOrEqualTo(80);
        assertThat(set.stream().filter(l -> l.claims().isEmpty()).count()).isGreaterThanOrEqualTo(20);
        assertThat(t.precision()).as("tuned claim precision").isGreaterThanOrEqualTo(0.9);
        assertThat(t.recall()).as("tuned claim recall").isGreaterThanOrEqualTo(0.85);
        assertThat(all.precision()).as("overall claim precision").isGreaterThanOrEqualTo(0.9);
        assertThat(all.recall()).as("overall claim recall").isGreaterThanOrEqualTo(0.85);
    }
}
