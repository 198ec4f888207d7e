package io.sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ClockTextTests {

    private static ClockText.Found clock(String text) {
        return ClockText.atStart(text).orElseThrow(() -> new AssertionError("no clock in: " + text));
    }

    @Test
    void clocksInTheIdiomsOfManyNewsroomsAreRead() {
        assertThat(clock("UPDATE 2030 GMT: Talks end").time()).isEqualTo(LocalTime.of(20, 30));
        assertThat(clock("UPDATE 2030 GMT: Talks end").zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock("10:42").time()).isEqualTo(LocalTime.of(10, 42));
        assertThat(clock("4:14 p.m.").time()).isEqualTo(LocalTime.of(16, 14));
        assertThat(clock("9.05pm BST Strikes reported").zone()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(clock("16h05 Le trafic reprend").time()).isEqualTo(LocalTime.of(16, 5));
        assertThat(clock("11.04 Uhr: Pegel sinkt").rest()).isEqualTo("Pegel sinkt");
        assertThat(clock("ore 11:04 - Vertice a Roma").time()).isEqualTo(LocalTime.of(11, 4));
        assertThat(clock("11:04 ч. Обстрел").time()).isEqualTo(LocalTime.of(11, 4));
        assertThat(clock("kl. 10.42: Ny melding").time()).isEqualTo(LocalTime.of(10, 42));
        assertThat(clock("\u0661\u0664:\u0660\u0665 \u063a\u0627\u0631\u0629").time()).isEqualTo(LocalTime.of(14, 5));
        assertThat(clock("08:15 Kyiv time: sirens").zone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
        assertThat(clock("7:30 a.m. ET").zone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void numbersThatAreNotClocksAreLeftAlone() {
        assertThat(ClockText.atStart("2030 was the year")).isEmpty();
        assertThat(ClockText.atStart("10 people were hurt")).isEmpty();
        assertThat(ClockText.atStart("10.42 per cent of voters")).isEmpty();
        assertThat(ClockText.atStart("25:00 is not a time")).isEmpty();
        assertThat(ClockText.atStart("Um 9.30 Uhr fiel der Startschuss").orElseThrow().marker()).isFalse();
    }

    @Test
    void dayHeadingsInSeveralLanguagesNameTheirDay() {
        LocalDate latest = LocalDate.of(2031, 7, 18);

        assertThat(DayHeading.read("Donnerstag, 17. 7.", latest)).contains(LocalDate.of(2031, 7, 17));
        assertThat(DayHeading.read("18 July", latest)).contains(LocalDate.of(2031, 7, 18));
        assertThat(DayHeading.read("July 16, 2031", latest)).contains(LocalDate.of(2031, 7, 16));
        assertThat(DayHeading.read("jeudi 17 juillet", latest)).contains(LocalDate.of(2031, 7, 17));
        assertThat(DayHeading.read("Monday", latest)).contains(LocalDate.of(2031, 7, 14));
        assertThat(DayHeading.read("15.07.2031", latest)).contains(LocalDate.of(2031, 7, 15));
        assertThat(DayHeading.read("Gestern", latest)).contains(LocalDate.of(2031, 7, 17));
        assertThat(DayHeading.read("Monday's talks collapse", latest)).isEmpty();
        assertThat(DayHeading.read("Live-Ticker", latest)).isEmpty();
    }
}
