package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTests {

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(Sentences.split("Gen. Qassem Soleimani visited the U.S. embassy? No. Mr. H. Smith left at 5 p.m. on Monday."))
                .containsExactly("Gen. Qassem Soleimani visited the U.S. embassy?", "No.", "Mr. H. Smith left at 5 p.m. on Monday.");
    }

    @Test
    void quotedSentenceEndsAreKeptWithTheirSentence() {
        assertThat(Sentences.split("He said “we will return.” Then he left."))
                .containsExactly("He said “we will return.”", "Then he left.");
    }
}
