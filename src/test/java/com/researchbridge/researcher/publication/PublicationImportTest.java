package com.researchbridge.researcher.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.researchbridge.researcher.publication.ImportPreview.Status;
import com.researchbridge.testsupport.IntegrationTest;
import com.researchbridge.testsupport.RunAs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PublicationImportTest {

    @Autowired
    PublicationService publications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    private static byte[] file(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/publications", name));
    }

    private String researcher(int n) {
        return jdbc.queryForList("select email from user_account where role = 'RESEARCHER' and email like '%.example' order by email desc",
                String.class).get(n);
    }

    private long stored(String email) {
        return jdbc.queryForObject("select count(*) from publication p join user_account a on a.id = p.account_id where a.email = ?",
                Long.class, email);
    }

    @Test
    void aBibtexFileIsPreviewedThenImportedWithLatexTurnedIntoText() throws Exception {
        String email = researcher(0);
        RunAs.user(users, email, () -> {
            var preview = publications.preview("mine.bib", uncheck(() -> file("good.bib")));
            assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsExactly(Status.NEW, Status.NEW);
            var first = preview.rows().getFirst().publication();
            assertThat(first.title()).isEqualTo("Glacier mass balance and runoff in the Tian Shan: a 20-year reanalysis");
            assertThat(first.doi()).isEqualTo("10.1017/jog.2023.12");
            assertThat(first.year()).isEqualTo(2023);
            assertThat(stored(email)).isZero();

            int imported = publications.importChosen(preview.format(), preview.rows().stream().map(ImportPreview.Row::publication).toList());
            assertThat(imported).isEqualTo(2);
            var again = publications.preview("mine.bib", uncheck(() -> file("good.bib")));
            assertThat(again.rows()).extracting(ImportPreview.Row::status).containsOnly(Status.DUPLICATE);
            assertThat(publications.importChosen(again.format(), again.rows().stream().map(ImportPreview.Row::publication).toList())).isZero();
        });
        assertThat(stored(email)).isEqualTo(2);
    }

    @Test
    void brokenEntriesAreReportedOneByOneAndDuplicatesInsideTheFileRecognised() {
        RunAs.user(users, researcher(1), () -> {
            var preview = publications.preview("refs.bib", uncheck(() -> file("mixed.bib")));
            assertThat(preview.rows()).extracting(ImportPreview.Row::status)
                    .containsExactly(Status.NEW, Status.BROKEN, Status.BROKEN, Status.DUPLICATE);
            assertThat(preview.rows().get(2).problemKey()).isEqualTo("publications.error.noTitle");
        });
    }

    @Test
    void risAndOrcidFilesAreRead() {
        RunAs.user(users, researcher(2), () -> {
            var ris = publications.preview("export.ris", uncheck(() -> file("sample.ris")));
            assertThat(ris.rows()).extracting(ImportPreview.Row::status).containsExactly(Status.NEW, Status.NEW, Status.BROKEN, Status.BROKEN);
            assertThat(ris.rows().getFirst().publication().abstractText()).isEqualTo("We profiled lactic acid bacteria in shubat from three regions.");
            assertThat(ris.rows().get(1).publication().year()).isEqualTo(2023);
            var orcid = publications.preview("0000-0002-1825-0097.json", uncheck(() -> file("orcid-record.json")));
            assertThat(orcid.rows()).extracting(ImportPreview.Row::status).containsExactly(Status.NEW, Status.BROKEN);
            assertThat(orcid.rows().getFirst().publication().doi()).isEqualTo("10.1080/02634937.2020.1234567");
        });
    }

    @Test
    void wrongEncodingFormatSizeAndContentAreRefusedWithAReason() {
        String email = researcher(3);
        RunAs.user(users, email, () -> {
            assertThatThrownBy(() -> publications.preview("old.ris", file("latin1.ris")))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("publications.error.encoding"));
            assertThatThrownBy(() -> publications.preview("paper.pdf", new byte[10]))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("publications.error.format"));
            assertThatThrownBy(() -> publications.preview("huge.bib", new byte[PublicationService.MAX_FILE_BYTES + 1]))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("publications.error.tooLarge"));
            assertThatThrownBy(() -> publications.preview("x.json", "{\"a\": 1}".getBytes()))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("publications.error.orcid"));
            assertThatThrownBy(() -> publications.preview("empty.bib", "% nothing here".getBytes()))
                    .isInstanceOfSatisfying(ImportRejected.class, e -> assertThat(e.messageKey()).isEqualTo("publications.error.empty"));
        });
        assertThat(stored(email)).isZero();
    }

    @Test
    void onlyResearchersImport() {
        RunAs.user(users, com.researchbridge.testsupport.DemoAccounts.OFFICE_KAZNU, () ->
                assertThatThrownBy(() -> publications.preview("a.bib", new byte[0])).isInstanceOf(AccessDeniedException.class));
    }

    private interface Io<T> {
        T get() throws Exception;
    }

    private static <T> T uncheck(Io<T> io) {
        try {
            return io.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
