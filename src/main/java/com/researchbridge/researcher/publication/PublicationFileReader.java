package com.researchbridge.researcher.publication;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An uploaded file turned into entries, before anything is compared with what is stored: the format from the
 * name, the size and entry limits, strict UTF-8. Every refusal is an {@link ImportRejected}; nothing else may
 * escape (the parser fuzz tests hold it to that).
 */
final class PublicationFileReader {

    private PublicationFileReader() {
    }

    static ParsedFile read(String fileName, byte[] content) {
        var format = PublicationFormat.of(fileName).orElseThrow(() -> new ImportRejected("publications.error.format"));
        if (content.length > PublicationService.MAX_FILE_BYTES) {
            throw new ImportRejected("publications.error.tooLarge");
        }
        String text = decode(content);
        List<ParsedEntry> entries = switch (format) {
            case BIBTEX -> BibtexReader.read(text);
            case RIS -> RisReader.read(text);
            case ORCID -> OrcidRecordReader.read(text).orElseThrow(() -> new ImportRejected("publications.error.orcid"));
        };
        if (entries.isEmpty()) {
            throw new ImportRejected("publications.error.empty");
        }
        if (entries.size() > PublicationService.MAX_ENTRIES) {
            throw new ImportRejected("publications.error.tooMany");
        }
        return new ParsedFile(format, entries);
    }

    record ParsedFile(PublicationFormat format, List<ParsedEntry> entries) {
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRejected("publications.error.encoding");
        }
    }
}
