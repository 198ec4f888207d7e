package io.sitrep.source;

/**
 * Whether anyone watches the console demo yet: the {@code --replay} source reveals its UPDATEs only once someone
 * does, so a newcomer who types /start late still sees each one arrive.
 */
public interface ReplayAudience {

    /** For a replay nobody needs to wait for. */
    ReplayAudience ALWAYS = () -> true;

    boolean isWatching();
}
