package com.researchbridge.matching;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.matching.text.TextLanguage;
import com.researchbridge.matching.vocabulary.Concept;
import com.researchbridge.matching.vocabulary.Vocabulary;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the research vocabulary: they find concepts, correct or add labels in the four
 * languages, add concepts and remove wrong ones. Edits live in the database on top of the reviewed files,
 * take effect at once (the indexes are rebuilt) and can be downloaded in the file format for review.
 */
@Service
public class VocabularyAdminService {

    /** A concept as the administrator sees it; labels are cells of the file format ("preferred | variant"). */
    public record ConceptView(String id, ResearchField field, String en, String ru, String kk, String zh, Status status,
                              boolean inFiles) {
    }

    /** Where a concept's current form comes from. */
    public enum Status {
        FILES, CHANGED, ADDED, REMOVED;

        public String translationKey() {
            return "vocabulary.status." + name();
        }
    }

    /** What the administrator submits; {@code isNew} for a concept that should not exist yet. */
    public record ConceptForm(String id, ResearchField field, String en, String ru, String kk, String zh, boolean isNew) {
    }

    /** A refused edit: each problem names the input and a translation key. Nothing was stored. */
    public static class EditRejected extends RuntimeException {

        public enum Input { ID, FIELD, EN, RU, KK, ZH }

        public record Problem(Input input, String messageKey) {
        }

        private final transient List<Problem> problems;

        EditRejected(List<Problem> problems) {
            super("Vocabulary edit rejected: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    static final int MAX_LABEL = 200;
    static final int MAX_CELL = 1000;
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");
    private static final int MAX_ID = 80;

    private final VocabularyStore store;
    private final VocabularyEditRepository edits;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VocabularyAdminService(VocabularyStore store, VocabularyEditRepository edits, CurrentUser currentUser, Clock clock,
                           ApplicationEventPublisher events) {
        this.store = store;
        this.edits = edits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Concepts whose id or labels contain the text (any language), optionally of one field, in file order. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ConceptView> find(String text, ResearchField field, int offset, int limit) {
        return matching(text, field).skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public int count(String text, ResearchField field) {
        return (int) matching(text, field).count();
    }

    /** How many concepts are in use, and how many of them administrators changed, added or removed. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Map<Status, Long> countsByStatus() {
        return views().collect(Collectors.groupingBy(ConceptView::status, () -> new EnumMap<>(Status.class), Collectors.counting()));
    }

    @Transactional
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public ConceptView save(ConceptForm form) {
        var problems = problems(form);
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
        String id = form.id().strip();
        var edit = edits.findByConceptId(id).orElseGet(() -> new VocabularyEdit(id));
        var labels = new EnumMap<TextLanguage, List<String>>(TextLanguage.class);
        labels.put(TextLanguage.EN, Vocabulary.labelsOf(form.en()));
        labels.put(TextLanguage.RU, Vocabulary.labelsOf(form.ru()));
        labels.put(TextLanguage.KK, Vocabulary.labelsOf(form.kk()));
        labels.put(TextLanguage.ZH, Vocabulary.labelsOf(form.zh()));
        edit.change(form.field().code(), labels, currentUser.require().id().value(), clock.instant());
        edits.saveAndFlush(edit);
        applied(id, VocabularyEdited.Change.SAVED);
        return view(store.current().byId(id).orElseThrow());
    }

    /** Removes a concept from matching; one from the files can be brought back with {@link #revert}. */
    @Transactional
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(String id) {
        var concept = store.current().byId(id).orElseThrow(() -> new IllegalArgumentException("Unknown concept " + id));
        var edit = edits.findByConceptId(id).orElseGet(() -> new VocabularyEdit(id));
        edit.remove(concept.field(), currentUser.require().id().value(), clock.instant());
        edits.saveAndFlush(edit);
        applied(id, VocabularyEdited.Change.REMOVED);
    }

    /** Brings a concept of the files back to its reviewed form, dropping the administrators' change. */
    @Transactional
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public void revert(String id) {
        if (store.files().byId(id).isEmpty()) {
            throw new IllegalArgumentException("Concept " + id + " is not in the reviewed files; remove it instead");
        }
        edits.findByConceptId(id).ifPresent(edit -> {
            edits.delete(edit);
            edits.flush();
            applied(id, VocabularyEdited.Change.REVERTED);
        });
    }

    /** The vocabulary in use, in the file format, so that edits can be reviewed and written back to the files. */
    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public String exportTsv() {
        return store.current().toTsv();
    }

    private void applied(String conceptId, VocabularyEdited.Change change) {
        store.reload();
        events.publishEvent(new VocabularyStore.VocabularyChanged());
        events.publishEvent(new VocabularyEdited(conceptId, change));
    }

    private List<EditRejected.Problem> problems(ConceptForm form) {
        var problems = new ArrayList<EditRejected.Problem>();
        String id = form.id() == null ? "" : form.id().strip();
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            problems.add(new EditRejected.Problem(EditRejected.Input.ID, "vocabulary.error.id"));
        } else if (form.isNew() && store.current().byId(id).isPresent()) {
            problems.add(new EditRejected.Problem(EditRejected.Input.ID, "vocabulary.error.idTaken"));
        } else if (!form.isNew() && store.current().byId(id).isEmpty()) {
            problems.add(new EditRejected.Problem(EditRejected.Input.ID, "vocabulary.error.unknown"));
        }
        if (form.field() == null) {
            problems.add(new EditRejected.Problem(EditRejected.Input.FIELD, "validation.required"));
        }
        checkCell(problems, EditRejected.Input.EN, form.en(), true);
        checkCell(problems, EditRejected.Input.RU, form.ru(), false);
        checkCell(problems, EditRejected.Input.KK, form.kk(), false);
        checkCell(problems, EditRejected.Input.ZH, form.zh(), false);
        boolean otherLanguage = Stream.of(form.ru(), form.kk(), form.zh()).anyMatch(c -> !Vocabulary.labelsOf(c).isEmpty());
        if (!otherLanguage && problems.stream().noneMatch(p -> p.input() == EditRejected.Input.RU)) {
            problems.add(new EditRejected.Problem(EditRejected.Input.RU, "vocabulary.error.oneMoreLanguage"));
        }
        return problems;
    }

    /** A label starting with one of these would be a formula in the downloaded file opened in a spreadsheet. */
    private static final String FORMULA_STARTS = "=+-@";

    private static void checkCell(List<EditRejected.Problem> problems, EditRejected.Input input, String cell, boolean required) {
        var labels = Vocabulary.labelsOf(cell);
        if (required && labels.isEmpty()) {
            problems.add(new EditRejected.Problem(input, "validation.required"));
        } else if ((cell != null && (cell.length() > MAX_CELL || cell.chars().anyMatch(Character::isISOControl)))
                || labels.stream().anyMatch(l -> l.length() > MAX_LABEL || FORMULA_STARTS.indexOf(l.charAt(0)) >= 0)) {
            problems.add(new EditRejected.Problem(input, "vocabulary.error.labels"));
        }
    }

    private Stream<ConceptView> matching(String text, ResearchField field) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return views().filter(v -> field == null || v.field() == field)
                .filter(v -> needle.isEmpty() || Stream.of(v.id(), v.en(), v.ru(), v.kk(), v.zh())
                        .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle)));
    }

    private Stream<ConceptView> views() {
        Set<String> changed = edits.findAll().stream().map(VocabularyEdit::conceptId).collect(Collectors.toSet());
        var files = store.files();
        return store.current().concepts().stream().map(c -> view(c, changed.contains(c.id()), files.byId(c.id()).isPresent()));
    }

    private ConceptView view(Concept c) {
        return view(c, edits.findByConceptId(c.id()).isPresent(), store.files().byId(c.id()).isPresent());
    }

    private static ConceptView view(Concept c, boolean edited, boolean inFiles) {
        boolean removed = c.labels().values().stream().allMatch(List::isEmpty);
        Status status = removed ? Status.REMOVED : !edited ? Status.FILES : inFiles ? Status.CHANGED : Status.ADDED;
        return new ConceptView(c.id(), ResearchField.fromCode(c.field()).orElse(null), cell(c, TextLanguage.EN),
                cell(c, TextLanguage.RU), cell(c, TextLanguage.KK), cell(c, TextLanguage.ZH), status, inFiles);
    }

    private static String cell(Concept c, TextLanguage language) {
        return String.join(" | ", c.labels().getOrDefault(language, List.of()));
    }
}
