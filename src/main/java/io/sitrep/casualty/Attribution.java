package io.sitrep.casualty;

import io.sitrep.actor.Actor;

/**
 * Who gives the figures of a sentence: the words naming them, the verb they use, the party they belong to (or
 * null), and where the verb stands.
 */
record Attribution(String claimant, String verb, Actor actor, int verbIndex) {
}
