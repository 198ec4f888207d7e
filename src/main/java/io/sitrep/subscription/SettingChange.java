package io.sitrep.subscription;

import java.util.Locale;
import java.util.Optional;

import io.sitrep.briefing.ReaderSettings;

/**
 * One change to a chat's delivery settings as typed or pressed ({@code digest hourly}, {@code quiet 22-7},
 * {@code silent on}), and the one-paragraph summary of settings shown after a change; shared by /settings and a
 * channel's settings.
 */
public final class SettingChange {

    private SettingChange() {
    }

    /**
     * The settings after changing {@code what} to {@code value}; empty when either is not understood. {@code what}
     * is tz/timezone, mode/digest, daily, quiet, silent or previews.
     */
    public static Optional<ChatSettings> apply(ChatSettings current, String what, String value) {
        String v = value == null ? "" : value.strip();
        return switch (what) {
            case "tz", "timezone" -> TimeZones.parse(v).map(current::withZone);
            case "mode", "digest" -> digest(current, v);
            case "daily" -> digest(current, "daily " + v);
            case "quiet" -> quiet(current, v);
            case "silent" -> onOff(v).map(current::withSilent);
            case "previews" -> onOff(v).map(current::withPreviews);
            default -> Optional.empty();
        };
    }

    /**
     * "Delivery: each UPDATE at once. Times in GMT (GMT shown too). Quiet hours: none." and the delivery options, in
     * the reader's language; a group in instant mode gets the tip that groups usually prefer a digest.
     */
    public static String summary(ChatSettings s, boolean group, ReaderSettings reader) {
        StringBuilder text = new StringBuilder();
        text.append(reader.text("settings.summary", "mode", mode(s, reader), "zone", TimeZones.describe(s.zone()),
                "quiet", s.quiet() == null ? reader.text("settings.quiet_none") : s.quiet().describe()));
        text.append('\n').append(reader.text("settings.options",
                "sound", reader.text(s.silent() ? "settings.options.silent" : "settings.options.sound"),
                "previews", reader.text(s.previews() ? "settings.options.previews_on" : "settings.options.previews_off")));
        if (group && s.mode() == DeliveryMode.INSTANT) {
            text.append('\n').append(reader.text("settings.group_tip"));
        }
        return text.toString();
    }

    /** How the chat gets its UPDATEs, in the reader's words: "each UPDATE at once", "a daily digest at 08:00". */
    public static String mode(ChatSettings s, ReaderSettings reader) {
        return switch (s.mode()) {
            case INSTANT -> reader.text("mode.instant");
            case HOURLY -> reader.text("mode.hourly");
            case DAILY -> reader.text("mode.daily", "hour", String.format("%02d:00", s.dailyHour()));
        };
    }

    private static Optional<Boolean> onOff(String typed) {
        return switch (typed.toLowerCase(Locale.ROOT)) {
            case "on", "yes", "true" -> Optional.of(true);
            case "off", "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<ChatSettings> digest(ChatSettings current, String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).strip().split("\\s+");
        switch (words[0]) {
            case "off", "instant", "none" -> {
                return Optional.of(current.withMode(DeliveryMode.INSTANT));
            }
            case "hourly" -> {
                return Optional.of(current.withMode(DeliveryMode.HOURLY));
            }
            case "daily" -> {
                if (words.length == 1) {
                    return Optional.of(current.withDailyHour(current.dailyHour()));
                }
                try {
                    int hour = Integer.parseInt(words[1].replaceFirst(":00$", ""));
                    return hour >= 0 && hour <= 23 ? Optional.of(current.withDailyHour(hour)) : Optional.empty();
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<ChatSettings> quiet(ChatSettings current, String typed) {
        if (typed.equalsIgnoreCase("off") || typed.equalsIgnoreCase("none")) {
            return Optional.of(current.withQuiet(null));
        }
        return QuietHours.parse(typed).map(current::withQuiet);
    }
}
