package io.sitrep.ops;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;

import io.sitrep.shared.InvalidSettingException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How instances sharing one database find each other and split the work.
 *
 * @param instanceId this instance's name in leases, claims and heartbeats (default: host name plus a random suffix)
 * @param heartbeat  how often an instance says it is alive; one unheard for three heartbeats counts as gone
 * @param claimTtl   how long an outbox row claimed by an instance stays its own before another may retry it
 */
@ConfigurationProperties("sitrep.cluster")
record ClusterProperties(@DefaultValue("false") boolean enabled, String instanceId,
                                @DefaultValue("5s") Duration heartbeat, @DefaultValue("2m") Duration claimTtl) {

    public ClusterProperties {
        instanceId = instanceId == null || instanceId.isBlank() ? defaultInstanceId() : instanceId.trim();
        if (instanceId.length() > 100) {
            throw new InvalidSettingException("sitrep.cluster.instance-id", "must be at most 100 characters");
        }
        if (heartbeat.compareTo(Duration.ofMillis(100)) < 0) {
            throw new InvalidSettingException("sitrep.cluster.heartbeat", "must be at least 100ms");
        }
        if (claimTtl.compareTo(Duration.ofSeconds(5)) < 0) {
            throw new InvalidSettingException("sitrep.cluster.claim-ttl", "must be at least 5s");
        }
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "sitrep";
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 80 ? host.substring(0, 80) : host) + "-" + suffix;
    }
}
