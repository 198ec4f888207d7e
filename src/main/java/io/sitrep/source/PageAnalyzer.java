package io.sitrep.source;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.sitrep.shared.SitrepProperties;
import io.sitrep.shared.UrlRedactor;
import org.springframework.util.unit.DataSize;

/**
 * {@code sitrep analyze [--format=auto|inline|jsonld|feed] [--explain] [--allow-private] <url-or-path>}: prints as JSON
 * what Sitrep sees in one page, with the parsers the bot uses, and without starting the bot, the database or any chat;
 * {@code --explain} adds why each way of finding entries won or lost.
 */
public final class PageAnalyzer {

    static final String USAGE = "usage: sitrep analyze [--format=auto|inline|jsonld|feed] [--explain] [--allow-private]"
            + " [--entry-selector=CSS] [--time-selector=CSS] [--headline-selector=CSS] [--time-zone=ZONE] [--language=TAG]"
            + " <url-or-path>";
    private static final List<String> OVERRIDES = List.of("entry-selector", "time-selector", "headline-selector",
            "time-zone", "language");

    private final PageFetcher fetcher;
    private final PageParser parser;
    private final EntryFindings findings;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PageAnalyzer(PageFetcher fetcher, PageParser parser, EntryFindings findings) {
        this.fetcher = fetcher;
        this.parser = parser;
        this.findings = findings;
    }

    /** An analyzer with the default {@code sitrep.fetch} settings and no place or casualty finder. */
    public static PageAnalyzer withDefaults() {
        return withFindings(EntryFindings.NONE);
    }

    /** An analyzer with the default {@code sitrep.fetch} settings that reports what {@code findings} reads. */
    public static PageAnalyzer withFindings(EntryFindings findings) {
        return new PageAnalyzer(new PageFetcher(new SitrepProperties.Fetch(Duration.ofSeconds(20), DataSize.ofMegabytes(5))),
                new PageParser(new LiveBlogParser(Clock.systemUTC()), new JsonLdLiveBlogParser(), new FeedParser()),
                findings);
    }

    /**
     * Runs {@code analyze} with the words after it on the command line.
     *
     * @return the process exit code: 0 when the page was read, 1 (after one line on {@code err}) when not, 2 on bad usage
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String format = "auto";
        boolean allowPrivate = false;
        boolean explain = false;
        String target = null;
        Map<String, String> overrides = new java.util.HashMap<>();
        for (String arg : args) {
            String key = arg.startsWith("--") && arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : "";
            if (OVERRIDES.contains(key)) {
                overrides.put(key, arg.substring(arg.indexOf('=') + 1));
            } else if (arg.equals("--explain")) {
                explain = true;
            } else if (arg.startsWith("--format=")) {
                format = arg.substring("--format=".length()).toLowerCase(Locale.ROOT);
            } else if (arg.equals("--allow-private")) {
                allowPrivate = true;
            } else if (arg.startsWith("--") || target != null) {
                err.println("sitrep analyze: unexpected argument '" + arg + "'. " + USAGE);
                return 2;
            } else {
                target = arg;
            }
        }
        if (target == null || !SitrepProperties.Source.FORMATS.contains(format)) {
            err.println("sitrep analyze: " + (target == null ? "no page given. " : "unknown format '" + format + "'. ") + USAGE);
            return 2;
        }
        SitrepProperties.Source source = new SitrepProperties.Source(null, toUrl(target), null, format, 0, null, allowPrivate,
                overrides.get("entry-selector"), overrides.get("time-selector"), overrides.get("headline-selector"),
                overrides.get("time-zone"), overrides.get("language"));
        String bad = badOverride(overrides);
        if (bad != null) {
            err.println("sitrep analyze: " + bad + ". " + USAGE);
            return 2;
        }
        try {
            out.println(analyze(source, explain));
            return 0;
        } catch (FetchException e) {
            err.println("sitrep analyze: " + UrlRedactor.text(e.getMessage().lines().findFirst().orElse("cannot read " + target)));
            return 1;
        } catch (RuntimeException e) {
            err.println(UrlRedactor.text("sitrep analyze: cannot read " + target + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))));
            return 1;
        }
    }

    /** The JSON report for one page. */
    public String analyze(String target, SourceFormat format, boolean allowPrivate) throws FetchException {
        return analyze(target, format, allowPrivate, false);
    }

    /** The JSON report for one page; with {@code explain}, why each way of finding its entries won or lost. */
    public String analyze(String target, SourceFormat format, boolean allowPrivate, boolean explain) throws FetchException {
        return analyze(new SitrepProperties.Source(null, toUrl(target), null, format.settingName(), 0, null, allowPrivate), explain);
    }

    /** The JSON report for one page read with a source's settings (format, selectors, time zone, language). */
    String analyze(SitrepProperties.Source source, boolean explain) throws FetchException {
        FetchedPage page = fetcher.fetch(source.url(), source.allowPrivate());
        ParsedPage parsed = parser.parse(page, SourceFormat.of(source.format()), source.name(), ParseHintsReader.of(source));
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source.name());
        report.put("url", UrlRedactor.url(parsed.url()));
        report.put("title", parsed.title());
        report.put("format", parsed.format().settingName());
        report.put("strategy", parsed.strategy());
        if (explain) {
            report.put("explain", parsed.explanation());
        }
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Entry e : parsed.entries()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", e.id());
            entry.put("kind", e.kind().name());
            entry.put("time", e.time() == null ? null : e.time().toString());
            entry.put("timeSource", parsed.timeSource(e));
            entry.put("headline", e.headline());
            entry.put("text", e.text());
            entry.put("links", e.links());
            entry.put("media", e.media());
            entry.put("places", findings.places(e));
            entry.put("casualties", findings.casualties(e));
            entries.add(entry);
        }
        report.put("entries", entries);
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private static String badOverride(Map<String, String> overrides) {
        for (String key : List.of("entry-selector", "time-selector", "headline-selector")) {
            String css = overrides.get(key);
            if (css != null) {
                try {
                    org.jsoup.select.QueryParser.parse(css);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    return "--" + key + " '" + css + "' is not a CSS selector";
                }
            }
        }
        String zone = overrides.get("time-zone");
        if (zone != null && ParseHintsReader.zone(zone) == null) {
            return "--time-zone '" + zone + "' is not a time zone";
        }
        return null;
    }

    /** A URL as given, or a path without a scheme as a {@code file:} URL. */
    static String toUrl(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:") || lower.startsWith("classpath:")) {
            return target;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            return target; // another scheme: the fetcher refuses it with a clear line
        }
        return Path.of(target).toAbsolutePath().normalize().toUri().toString();
    }

    /** {@code main} for {@code analyze}: stray log lines go to stderr so stdout is only the JSON. */
    public static int main(List<String> args) {
        return main(args, () -> EntryFindings.NONE);
    }

    /** {@code main} for {@code analyze} with a finder that is built after logging is quietened. */
    public static int main(List<String> args, java.util.function.Supplier<EntryFindings> findings) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        quietLogging();
        return withFindings(findings.get()).run(args, out, System.err);
    }

    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
