package com.researchbridge.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/onboarding", name));
    }

    private static String refusal(byte[] bytes) {
        try {
            RosterReader.read(bytes);
        } catch (RosterRejected e) {
            return e.problem().messageKey();
        }
        throw new AssertionError("the file was not refused");
    }

    @Test
    void aGoodFileWithByteOrderMarkIsReadWithQuotedCommasAndOrcidUrls() throws Exception {
        var roster = RosterReader.read(fixture("good.csv"));
        assertThat(roster.fileProblems()).isEmpty();
        assertThat(roster.rows()).extracting(RosterRow::email).containsExactly(
                "dana.abenova@kaznu.example.org", "ivan.petrov@kaznu.example.org", "li.na@kaznu.example.org");
        assertThat(roster.rows().get(1).fullName()).isEqualTo("Петров, Иван");
        assertThat(roster.rows().getFirst().rowNumber()).isEqualTo(2);
        var report = RosterValidator.validate(roster, Set.of(), Progress.NONE);
        assertThat(report.invalidRows()).isZero();
        assertThat(report.importable(ImportMode.ALL_OR_NOTHING)).isTrue();
    }

    @Test
    void theTemplateIsAValidFileItself() {
        var report = RosterValidator.validate(RosterReader.read(OnboardingService.TEMPLATE.getBytes(StandardCharsets.UTF_8)),
                Set.of(), Progress.NONE);
        assertThat(report.rows()).hasSize(1);
        assertThat(report.rows().getFirst().valid()).isTrue();
    }

    @Test
    void everyRowProblemIsReportedWithItsRowNumber() throws Exception {
        var report = RosterValidator.validate(RosterReader.read(fixture("problems.csv")),
                Set.of("sayat.usenov@kaznu.example"), Progress.NONE);
        assertThat(report.rows()).hasSize(9);
        assertThat(report.rows()).filteredOn(RowReport::valid).extracting(RowReport::rowNumber).containsExactly(2);
        assertThat(keys(report, 3)).containsExactly("onboarding.problem.emailMissing");
        assertThat(keys(report, 4)).containsExactly("onboarding.problem.emailMalformed");
        assertThat(keys(report, 5)).containsExactly("onboarding.problem.emailDuplicate");
        assertThat(report.rows().get(3).problems().getFirst().arguments()).containsExactly(2);
        assertThat(keys(report, 6)).containsExactly("onboarding.problem.nameMissing");
        assertThat(keys(report, 7)).containsExactly("onboarding.problem.fieldUnknown");
        assertThat(keys(report, 8)).containsExactly("onboarding.problem.orcidInvalid");
        assertThat(keys(report, 9)).containsExactly("onboarding.problem.languageUnknown");
        assertThat(keys(report, 10)).containsExactly("onboarding.problem.emailTaken");
        assertThat(report.importable(ImportMode.ALL_OR_NOTHING)).isFalse();
        assertThat(report.importable(ImportMode.VALID_ROWS)).isTrue();
    }

    private static java.util.List<String> keys(ValidationReport report, int rowNumber) {
        return report.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst().orElseThrow()
                .problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void aMissingRequiredColumnIsAProblemOfTheWholeFile() throws Exception {
        var roster = RosterReader.read(fixture("missing-column.csv"));
        assertThat(roster.rows()).isEmpty();
        assertThat(roster.fileProblems()).containsExactly(Problem.of("onboarding.file.missingColumn", "email"));
    }

    @Test
    void anUnbalancedQuoteIsRefusedAsMalformed() throws Exception {
        assertThat(refusal(fixture("unbalanced-quote.csv"))).isEqualTo("onboarding.error.malformed");
    }

    @Test
    void aWindows1251FileIsRefusedWithTheEncodingMessage() {
        byte[] cp1251 = "email,full_name\nivan@kaznu.example.org,Иван Петров\n".getBytes(Charset.forName("windows-1251"));
        assertThat(refusal(cp1251)).isEqualTo("onboarding.error.encoding");
    }

    @Test
    void aGbkFileIsRefusedWithTheEncodingMessage() {
        byte[] gbk = "email,full_name\nli.na@tsinghua.example.org,李娜\n".getBytes(Charset.forName("GBK"));
        assertThat(refusal(gbk)).isEqualTo("onboarding.error.encoding");
    }

    @Test
    void aUtf16FileIsRefusedWithTheEncodingMessage() {
        byte[] utf16 = "email,full_name\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(refusal(withBom)).isEqualTo("onboarding.error.encoding");
    }

    @Test
    void anOversizedFileIsRefusedBeforeReading() {
        assertThat(refusal(new byte[RosterReader.MAX_BYTES + 1])).isEqualTo("onboarding.error.tooLarge");
    }

    @Test
    void tooManyRowsAreRefused() {
        var csv = new StringBuilder("email,full_name\n");
        for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
            csv.append("r").append(i).append("@x.example.org,R ").append(i).append('\n');
        }
        assertThat(refusal(csv.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("onboarding.error.tooManyRows");
    }

    @Test
    void exactlyTheRowLimitIsAccepted() {
        var csv = new StringBuilder("email,full_name\n");
        for (int i = 0; i < RosterReader.MAX_ROWS; i++) {
            csv.append("r").append(i).append("@x.example.org,R ").append(i).append('\n');
        }
        assertThat(RosterReader.read(csv.toString().getBytes(StandardCharsets.UTF_8)).rows()).hasSize(RosterReader.MAX_ROWS);
    }

    @Test
    void anEmptyFileOrAHeaderWithoutRowsIsReported() {
        assertThat(refusal("  \n".getBytes(StandardCharsets.UTF_8))).isEqualTo("onboarding.error.empty");
        assertThat(RosterReader.read("email,full_name\n".getBytes(StandardCharsets.UTF_8)).fileProblems())
                .containsExactly(Problem.of("onboarding.file.noRows"));
    }
}
