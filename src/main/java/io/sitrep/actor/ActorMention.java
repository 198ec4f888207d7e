package io.sitrep.actor;

/** An actor named in a text, with the character span {@code [start, end)} that named it. */
public record ActorMention(Actor actor, int start, int end, String text) {
}
