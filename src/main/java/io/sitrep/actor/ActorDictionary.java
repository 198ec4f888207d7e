package io.sitrep.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The configurable list of conflict parties, read from a TSV file (name, camp, country, aliases). */
public final class ActorDictionary {

    private static final String DEFAULT = "/actor/actors.tsv";

    private final List<Actor> actors;

    /** A dictionary of the given actors. */
    public ActorDictionary(List<Actor> actors) {
        this.actors = List.copyOf(actors);
    }

    /** The dictionary shipped on the classpath ({@code actor/actors.tsv}). */
    public static ActorDictionary loadDefault() {
        try (InputStream in = ActorDictionary.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IOException("missing classpath resource " + DEFAULT);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dictionary read from a file in the same layout. */
    public static ActorDictionary load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actors from " + file, e);
        }
    }

    /** A dictionary read from a UTF-8 TSV stream; lines starting with # are comments. */
    public static ActorDictionary load(InputStream in) throws IOException {
        List<Actor> list = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 4);
            List<String> aliases = new ArrayList<>();
            if (c[3] != null) {
                for (String a : c[3].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.trim());
                    }
                }
            }
            list.add(new Actor(c[0].trim(), blankToNull(c[1]), blankToNull(c[2]), aliases));
        }
        return new ActorDictionary(list);
    }

    /** Every actor. */
    public List<Actor> actors() {
        return actors;
    }

    /** The actor with this canonical name or alias, ignoring case. */
    public Optional<Actor> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Actor a : actors) {
            if (a.name().toLowerCase(Locale.ROOT).equals(n)
                    || a.aliases().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(n))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
