package com.researchbridge.matching.cli;

import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.matching.text.TextLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads profiles from JSON lines: {@code id} (required), {@code country}, {@code lang}, {@code name},
 * {@code institution}, {@code summary}, {@code keywords}, {@code summary_en}, {@code keywords_en},
 * {@code publications} ({@code title}, {@code abstract}, {@code year}), optional {@code fields}. Unknown
 * fields are ignored. The first malformed line stops the whole read with its number and the reason.
 */
public final class ProfileReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProfileReader() {
    }

    public static List<MatchProfile> read(Path file) throws IOException {
        var profiles = new ArrayList<MatchProfile>();
        var ids = new HashSet<String>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                var profile = parse(line, number);
                if (!ids.add(profile.id())) {
                    throw new InputException(file, number, "duplicate id \"" + profile.id() + "\"");
                }
                profiles.add(profile);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file, 0, "the file is not UTF-8 text");
        } catch (InputException e) {
            throw e.in(file);
        }
        return profiles;
    }

    static MatchProfile parse(String line, int number) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new InputException(null, number, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new InputException(null, number, "expected a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || !(id.isString() || id.isNumber()) || id.asString().isBlank()) {
            throw new InputException(null, number, "missing \"id\" (a string or number)");
        }
        String lang = text(node, "lang", number);
        return new MatchProfile(id.asString(), text(node, "country", number),
                lang == null ? null : TextLanguage.fromCode(lang).orElse(TextLanguage.OTHER),
                text(node, "name", number), text(node, "institution", number), text(node, "summary", number),
                strings(node, "keywords", number), text(node, "summary_en", number), strings(node, "keywords_en", number),
                publications(node, number), Set.copyOf(strings(node, "fields", number)), Set.of());
    }

    private static String text(JsonNode node, String field, int number) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode() || value.isBinary()) {
            throw new InputException(null, number, "\"" + field + "\" must be text");
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode node, String field, int number) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.asString());
        }
        if (!value.isArray()) {
            throw new InputException(null, number, "\"" + field + "\" must be an array of strings");
        }
        var result = new ArrayList<String>();
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                throw new InputException(null, number, "\"" + field + "\" must contain only strings");
            }
            result.add(item.asString());
        }
        return result;
    }

    private static List<MatchProfile.Publication> publications(JsonNode node, int number) {
        JsonNode value = node.get("publications");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InputException(null, number, "\"publications\" must be an array");
        }
        var result = new ArrayList<MatchProfile.Publication>();
        for (JsonNode p : value) {
            if (!p.isObject()) {
                throw new InputException(null, number, "each publication must be an object");
            }
            JsonNode year = p.get("year");
            result.add(new MatchProfile.Publication(text(p, "title", number), text(p, "abstract", number),
                    year != null && year.canConvertToInt() ? year.asInt() : null));
        }
        return result;
    }
}
