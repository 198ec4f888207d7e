package io.sitrep.briefing;

import io.sitrep.actor.ActorDictionary;
import io.sitrep.actor.ActorFinder;
import io.sitrep.place.PlaceFinder;
import io.sitrep.place.PlaceGazetteer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Loads the gazetteer and the actor dictionary once. The gazetteer is read after start-up on a low-priority thread
 * (or at the first lookup, if that comes sooner), so reading it never delays the first answer.
 */
@Configuration(proxyBeanMethods = false)
class IntelligenceConfiguration {

    @Bean
    PlaceGazetteer placeGazetteer() {
        return PlaceGazetteer.loadDefaultLater();
    }

    @EventListener(ApplicationReadyEvent.class)
    void readGazetteerAfterStartUp(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(PlaceGazetteer.class).loadInBackground();
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
