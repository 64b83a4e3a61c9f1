package com.researchbridge.researcher.publication;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the works of an ORCID public record as downloaded from orcid.org (JSON of the whole record, or of
 * its works section): each work's title, year, journal and DOI. ORCID summaries carry no abstracts.
 */
final class OrcidRecordReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OrcidRecordReader() {
    }

    /** Empty when the text is not JSON or holds no ORCID works section. */
    static java.util.Optional<List<ParsedEntry>> read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return java.util.Optional.empty();
        }
        JsonNode groups = root.path("activities-summary").path("works").path("group");
        if (!groups.isArray()) {
            groups = root.path("group");
        }
        if (!groups.isArray()) {
            return java.util.Optional.empty();
        }
        var result = new ArrayList<ParsedEntry>();
        int number = 0;
        for (JsonNode group : groups) {
            if (result.size() > PublicationService.MAX_ENTRIES) {
                break; // enough for the caller to refuse the file as too long
            }
            number++;
            JsonNode work = group.path("work-summary").path(0);
            String title = work.path("title").path("title").path("value").asString(null);
            if (title == null || title.isBlank()) {
                result.add(ParsedEntry.broken(number, "publications.error.noTitle"));
                continue;
            }
            String doi = null;
            for (JsonNode id : work.path("external-ids").path("external-id")) {
                if ("doi".equalsIgnoreCase(id.path("external-id-type").asString(""))) {
                    doi = PublicationData.normalizeDoi(id.path("external-id-value").asString(null));
                }
            }
            String year = work.path("publication-date").path("year").path("value").asString(null);
            result.add(ParsedEntry.ok(number, new PublicationData(title.strip(), null, BibtexReader.year(year),
                    work.path("journal-title").path("value").asString(null), doi)));
        }
        return java.util.Optional.of(result);
    }
}
