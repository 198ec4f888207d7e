package io.sitrep.briefing;

import java.util.List;

import io.sitrep.actor.Actor;
import io.sitrep.casualty.CasualtyClaim;
import io.sitrep.place.Place;

/** What Sitrep understood in one entry: the places and parties it mentions, and its casualty claims. */
public record Findings(List<Place> places, List<Actor> actors, List<CasualtyClaim> claims) {

    public Findings {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        claims = List.copyOf(claims);
    }

    public boolean hasCasualties() {
        return !claims.isEmpty();
    }
}
