package io.sitrep.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlRedactorTests {

    @Test
    void userInfoAndSecretLookingQueryValuesAreMasked() {
        assertThat(UrlRedactor.url("https://editor:hunter2@example.org/live/?apikey=K3Y&day=8&Token=T&sig=S#top"))
                .isEqualTo("https://***@example.org/live/?apikey=***&day=8&Token=***&sig=***#top");
        assertThat(UrlRedactor.url("https://example.org/feed?api_key=1&access_token=2&client_secret=3&password=4&auth=5&X-Amz-Signature=6&key=7"))
                .isEqualTo("https://example.org/feed?api_key=***&access_token=***&client_secret=***&password=***&auth=***"
                        + "&X-Amz-Signature=***&key=***");
        assertThat(UrlRedactor.url("https://example.org/cb#access_token=abc&state=1")).isEqualTo("https://example.org/cb#access_token=***&state=1");
    }

    @Test
    void ordinaryUrlsAreLeftAlone() {
        for (String url : new String[] {"https://example.org/2016/05/syria-daily/", "https://example.org/?p=123&page=2",
                "file:///srv/pages/live.html", "classpath:samples/x.html", "https://example.org/@user/status/1", ""}) {
            assertThat(UrlRedactor.url(url)).isEqualTo(url);
            assertThat(UrlRedactor.hasSecrets(url)).isFalse();
        }
        assertThat(UrlRedactor.url(null)).isNull();
    }

    @Test
    void everyUrlInAFreeTextIsRedacted() {
        assertThat(UrlRedactor.text("HTTP 404 from https://u:p@a.example/x?token=t (from http://b.example/?key=k), retry"))
                .isEqualTo("HTTP 404 from https://***@a.example/x?token=*** (from http://b.example/?key=***), retry");
        assertThat(UrlRedactor.text("no address here")).isEqualTo("no address here");
    }
}
