package com.researchbridge.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every user-visible string comes from the translation files, in all four languages: a key missing in one
 * language, a key used in code but defined nowhere, or literal text in a view fails this test.
 */
class TranslationFilesTest {

    private static final Path I18N = Path.of("src/main/resources/vaadin-i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");
    /** Keys named in code: getTranslation("key", ...), @Menu(title = "key"), and *.translationKey() prefixes. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:getTranslation\\(|title = )\"([a-zA-Z0-9_.]+)\"");
    /**
     * Literal text handed to a component: a string with a letter, passed to a constructor or setter that shows
     * it. Identifiers such as ids, class names, CSS sizes and theme names are not text and are not caught.
     */
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(?:new (?:Span|H1|H2|H3|H4|Paragraph|Button|Anchor|RouterLink|Div|Text|Checkbox|TextField|"
                    + "TextArea|EmailField|PasswordField|NativeLabel|Notification|SideNavItem)|"
                    + "\\.(?:setText|setLabel|setPlaceholder|setHelperText|setHeader|setTitle|setErrorMessage|"
                    + "setAriaLabel|setEmptySelectionCaption|show|addItem|setTooltipText))\\(\\s*\"([^\"]*\\p{L}[^\"]*)\"");

    private static Properties load(String suffix) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(I18N.resolve("translations" + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_ru", "_kk", "_zh"})
    void everyLanguageHasExactlyTheEnglishKeys(String suffix) throws IOException {
        var english = load("");
        var translated = load(suffix);
        assertThat(translated.stringPropertyNames()).as("keys of translations%s", suffix)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ru", "_kk", "_zh"})
    void noTranslationIsBlankAndPlaceholdersAreKept(String suffix) throws IOException {
        var english = load("");
        var translated = load(suffix);
        for (String key : translated.stringPropertyNames()) {
            String value = translated.getProperty(key);
            assertThat(value).as("%s in translations%s", key, suffix).isNotBlank();
            assertThat(placeholders(value)).as("placeholders of %s in translations%s", key, suffix)
                    .isEqualTo(placeholders(english.getProperty(key, "")));
        }
    }

    @Test
    void everyKeyNamedInCodeIsDefined() throws IOException {
        var english = load("");
        var missing = new TreeSet<String>();
        for (Path source : javaSources()) {
            Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
            while (m.find()) {
                // A key ending in "." is a prefix completed at run time; enumLabelsAreDefinedForEveryValue covers those.
                if (!m.group(1).endsWith(".") && !english.containsKey(m.group(1))) {
                    missing.add(m.group(1) + " (" + source.getFileName() + ")");
                }
            }
        }
        assertThat(missing).as("translation keys used in code but not defined").isEmpty();
    }

    @Test
    void enumLabelsAreDefinedForEveryValue() throws IOException {
        var english = load("");
        var expected = new ArrayList<String>();
        for (Country c : Country.values()) {
            expected.add(c.translationKey());
        }
        for (var r : com.researchbridge.security.Role.values()) {
            expected.add(r.translationKey());
        }
        for (var f : com.researchbridge.researcher.ResearchField.values()) {
            expected.add(f.translationKey());
        }
        for (var a : com.researchbridge.researcher.ResearchArea.values()) {
            expected.add(a.translationKey());
        }
        for (var r : com.researchbridge.matching.DismissReason.values()) {
            expected.add(r.translationKey());
        }
        for (var v : com.researchbridge.researcher.ProfileVisibility.values()) {
            expected.add(v.translationKey());
        }
        for (var st : com.researchbridge.researcher.publication.ImportPreview.Status.values()) {
            expected.add("publications.status." + st.name());
        }
        for (var k : com.researchbridge.researcher.topic.TopicKind.values()) {
            expected.add(k.translationKey());
        }
        for (var code : com.researchbridge.researcher.SpokenLanguage.CODES) {
            expected.add(com.researchbridge.researcher.SpokenLanguage.translationKey(code));
        }
        for (var status : com.researchbridge.matching.VocabularyAdminService.Status.values()) {
            expected.add(status.translationKey());
        }
        for (var level : com.researchbridge.researcher.LanguageLevel.values()) {
            expected.add(level.translationKey());
        }
        for (var l : UiLanguage.values()) {
            expected.add("profile.language." + l.code());
        }
        for (var st : com.researchbridge.project.ProjectStatus.values()) {
            expected.add(st.translationKey());
        }
        for (var r : com.researchbridge.project.OfficeReview.values()) {
            expected.add(r.translationKey());
        }
        for (var a : com.researchbridge.monitoring.AuditAction.values()) {
            expected.add(a.translationKey());
        }
        for (var kind : com.researchbridge.project.OutputKind.values()) {
            expected.add(kind.translationKey());
        }
        for (var sc : com.researchbridge.project.ProjectScope.values()) {
            expected.add(sc.translationKey());
        }
        for (var a : com.researchbridge.project.ProjectAction.values()) {
            expected.add(a.buttonKey());
            expected.add(a.eventKey());
            if (a != com.researchbridge.project.ProjectAction.PROPOSE) {
                expected.add("project.done." + a.name());
            }
            if (a.takesComment() || a == com.researchbridge.project.ProjectAction.SUBMIT
                    || a == com.researchbridge.project.ProjectAction.START) {
                expected.add("project.explain." + a.name());
            }
        }
        for (var a : com.researchbridge.project.ProjectAction.values()) {
            if (a != com.researchbridge.project.ProjectAction.PLAN && a != com.researchbridge.project.ProjectAction.REACH
                    && a != com.researchbridge.project.ProjectAction.RETRACT) {
                expected.add("mail.project." + a.name());
            }
        }
        expected.add("mail.project.APPROVED");
        for (var role : java.util.List.of("researcher", "office", "admin")) {
            expected.add("project.intro." + role);
            expected.add("project.none." + role);
        }
        expected.addAll(java.util.List.of("project.role.initiator", "project.role.partner"));
        assertThat(english.stringPropertyNames()).containsAll(expected);
    }

    @Test
    void viewsContainNoHardCodedText() throws IOException {
        var offences = new ArrayList<String>();
        for (Path source : javaSources()) {
            if (!source.toString().contains("/ui/")) {
                continue;
            }
            var lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = HARD_CODED_TEXT.matcher(lines.get(i));
                while (m.find()) {
                    offences.add(source.getFileName() + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                }
            }
        }
        assertThat(offences).as("text in views must come from getTranslation(...)").isEmpty();
    }

    @Test
    void theHardCodedTextCheckCatchesLiteralLabels() {
        assertThat(HARD_CODED_TEXT.matcher("var b = new Button(\"Save\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("field.setLabel(\"E-mail\");").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new H2(\"北京\")").find()).isTrue();
        assertThat(HARD_CODED_TEXT.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
    }

    private static Set<String> placeholders(String value) {
        var result = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            result.add(m.group());
        }
        return result;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
