package org.drillgrid.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vocabulary of an exercise in one language: {@code words_zh.properties} or {@code words_en.properties}
 * beside this class, read as UTF-8. Patterns take their arguments as text already written ({@code {0}}),
 * so no number is formatted twice.
 */
public final class Words {

    private static final Map<String, Words> LOADED = new ConcurrentHashMap<>();

    private final String lang;
    private final Properties texts;

    private Words(String lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** The words of a locale: English for an English locale, Chinese for every other. */
    public static Words of(Locale locale) {
        return of(locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh");
    }

    /** The words of {@code zh} or {@code en}. */
    public static Words of(String lang) {
        if (!"zh".equals(lang) && !"en".equals(lang)) {
            throw new IllegalArgumentException("language must be zh or en, is '" + lang + "'");
        }
        return LOADED.computeIfAbsent(lang, l -> new Words(l, load("words_" + l + ".properties")));
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + " cannot be read", e);
        }
        return p;
    }

    public String lang() {
        return lang;
    }

    public Locale locale() {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of {@code key} with its arguments; a key it lacks is a programming error. */
    public String get(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no word '" + key + "' in " + lang);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale()).format(args);
    }

    /** The text of {@code key}, or of {@code fallbackKey} when the vocabulary has no {@code key} (a new id). */
    public String getOr(String key, String fallbackKey, Object... args) {
        return get(has(key) ? key : fallbackKey, args);
    }

    /** Every key (for tests that hold both languages to the same keys). */
    public java.util.Set<String> keys() {
        return texts.stringPropertyNames();
    }
}
