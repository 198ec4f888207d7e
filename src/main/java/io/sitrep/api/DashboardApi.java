package io.sitrep.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only JSON API for dashboards: entries, casualty figures and places, all from memory. */
@RestController
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "sitrep.api.enabled", havingValue = "true", matchIfMissing = true)
@RequestMapping(path = "/api", produces = "application/json")
class DashboardApi {

    private final DashboardQueries queries;

    DashboardApi(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/entries")
    List<DashboardQueries.EntryView> entries(@RequestParam(required = false) String place,
                                             @RequestParam(required = false) String since,
                                             @RequestParam(defaultValue = "100") int limit) {
        return queries.entries(place, since, limit);
    }

    @GetMapping("/casualties")
    List<DashboardQueries.CasualtyView> casualties(@RequestParam(required = false) String place) {
        return queries.casualties(place);
    }

    @GetMapping("/places")
    List<DashboardQueries.PlaceView> places() {
        return queries.places();
    }

    @ExceptionHandler(DashboardQueries.BadQuery.class)
    ResponseEntity<Map<String, String>> badQuery(DashboardQueries.BadQuery e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
