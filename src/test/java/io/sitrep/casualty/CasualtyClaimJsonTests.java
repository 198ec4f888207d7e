package io.sitrep.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sitrep.place.PlaceSummary;
import org.junit.jupiter.api.Test;

class CasualtyClaimJsonTests {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void claimSerialisesToTheAnalyzeShape() throws Exception {
        CasualtyClaim c = new CasualtyClaim(13, null, null, "killed", "IRGC troops", "IRGC", "IRGC spokesman",
                "confirmed", false, "Khan Tuman");
        assertThat(json.readTree(json.writeValueAsString(c))).isEqualTo(json.readTree(
                "{\"low\": 13, \"high\": null, \"vague\": null, \"outcome\": \"killed\", \"victims\": \"IRGC troops\","
                        + " \"side\": \"IRGC\", \"claimedBy\": \"IRGC spokesman\", \"status\": \"confirmed\","
                        + " \"cumulative\": false, \"place\": \"Khan Tuman\", \"part\": false, \"background\": false,"
                        + " \"upFrom\": null, \"bound\": null}"));
    }

    @Test
    void placeSummarySerialisesToTheAnalyzeShape() throws Exception {
        PlaceSummary p = new PlaceSummary("Khan Tuman", "Aleppo", "SY", 36.06, 37.07);
        assertThat(json.readTree(json.writeValueAsString(p))).isEqualTo(json.readTree(
                "{\"name\": \"Khan Tuman\", \"region\": \"Aleppo\", \"country\": \"SY\", \"lat\": 36.06, \"lon\": 37.07}"));
    }
}
