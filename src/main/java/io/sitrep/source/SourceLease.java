package io.sitrep.source;

import io.sitrep.shared.SitrepProperties;

/**
 * Decides which instance reads a source when several run on one database: the poller asks before every read and
 * skips the read when another instance holds the source.
 */
public interface SourceLease {

    /** A single instance reads everything. */
    SourceLease ALWAYS = source -> true;

    /** Takes or renews this source for one poll interval; false while another live instance holds it. */
    boolean tryAcquire(SitrepProperties.Source source);
}
