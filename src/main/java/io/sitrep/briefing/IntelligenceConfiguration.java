package io.sitrep.briefing;

import io.sitrep.actor.ActorDictionary;
import io.sitrep.actor.ActorFinder;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceGazetteer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the gazetteer (in the background, see {@link PlaceGazetteer#loadDefaultInBackground}) and the actor dictionary once. */
@Configuration(proxyBeanMethods = false)
class IntelligenceConfiguration {

    @Bean
    PlaceGazetteer placeGazetteer() {
        return PlaceGazetteer.loadDefaultInBackground();
    }

    @Bean
    PlaceFinder placeFinder(PlaceGazetteer gazetteer) {
        return new PlaceFinder(gazetteer);
    }

    @Bean
    io.sitrep.casualty.CasualtyClaimExtractor casualtyClaimExtractor(PlaceFinder places, ActorFinder actors) {
        return new io.sitrep.casualty.CasualtyClaimExtractor(places, actors);
    }

    @Bean
    io.sitrep.map.MapRenderer mapRenderer() {
        return new io.sitrep.map.MapRenderer();
    }

    @Bean
    ActorFinder actorFinder() {
        return new ActorFinder(ActorDictionary.loadDefault());
    }
}
