package org.drillgrid.model.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Text shown to people, in Chinese and English. In a document either a plain string (used for both
 * languages) or an object {@code {"zh": "...", "en": "..."}} with at least one of the two.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(@JsonProperty("zh") String zh, @JsonProperty("en") String en) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public LocalizedText {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static LocalizedText of(String text) {
        return new LocalizedText(text, text);
    }

    /** The text in the given language, falling back to the other one when missing. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String first = english ? en : zh;
        String second = english ? zh : en;
        return first != null && !first.isBlank() ? first : (second == null ? "" : second);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return (zh == null || zh.isBlank()) && (en == null || en.isBlank());
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
