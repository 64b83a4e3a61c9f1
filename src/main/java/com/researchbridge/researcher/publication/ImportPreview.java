package com.researchbridge.researcher.publication;

import java.util.List;

/** What an uploaded file holds, entry by entry, before anything is stored. */
public record ImportPreview(PublicationFormat format, List<Row> rows) {

    public enum Status { NEW, DUPLICATE, BROKEN }

    /** One entry: its number in the file, the publication (absent when broken), status and the reason key. */
    public record Row(int number, PublicationData publication, Status status, String problemKey) {
    }

    public long count(Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
