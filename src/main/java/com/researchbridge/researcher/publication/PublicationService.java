package com.researchbridge.researcher.publication;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ResearcherProfileChanged;
import com.researchbridge.security.CurrentUser;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A researcher's publications: import from BibTeX, RIS or an ORCID record in two steps (preview, then the
 * entries the researcher chose), duplicates recognised by DOI or normalised title, never half a file.
 */
@Service
@Transactional(readOnly = true)
public class PublicationService {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ENTRIES = 2_000;

    private final PublicationRepository publications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(PublicationRepository publications, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.publications = publications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public List<PublicationData> mine() {
        return publications.findByAccountIdOrderByYearDescIdDesc(me()).stream().map(Publication::data).toList();
    }

    /** Reads a file and says what importing it would do; stores nothing. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public ImportPreview preview(String fileName, byte[] content) {
        var format = PublicationFormat.of(fileName).orElseThrow(() -> new ImportRejected("publications.error.format"));
        if (content.length > MAX_FILE_BYTES) {
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
        if (entries.size() > MAX_ENTRIES) {
            throw new ImportRejected("publications.error.tooMany");
        }
        var known = new Known(publications.findByAccountIdOrderByYearDescIdDesc(me()));
        var rows = new ArrayList<ImportPreview.Row>();
        for (ParsedEntry e : entries) {
            if (!e.isOk()) {
                rows.add(new ImportPreview.Row(e.number(), null, ImportPreview.Status.BROKEN, e.problemKey()));
            } else if (!known.add(e.publication())) {
                rows.add(new ImportPreview.Row(e.number(), e.publication(), ImportPreview.Status.DUPLICATE, "publications.duplicate"));
            } else {
                rows.add(new ImportPreview.Row(e.number(), e.publication(), ImportPreview.Status.NEW, null));
            }
        }
        return new ImportPreview(format, rows);
    }

    /** Stores the chosen publications, skipping any that would now be duplicates; returns how many were stored. */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public int importChosen(PublicationFormat format, Collection<PublicationData> chosen) {
        long me = me();
        var known = new Known(publications.findByAccountIdOrderByYearDescIdDesc(me));
        var source = Publication.Source.valueOf(format.name());
        int stored = 0;
        for (PublicationData data : chosen) {
            if (data.title() != null && !data.title().isBlank() && data.title().length() <= 1000 && known.add(data)) {
                publications.save(new Publication(me, trimmed(data), source, clock.instant()));
                stored++;
            }
        }
        if (stored > 0) {
            events.publishEvent(new ResearcherProfileChanged(new AccountId(me)));
        }
        return stored;
    }

    /** A researcher's publications, newest first, for those who may see the researcher's profile. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN') and @profileAccess.maySee(#account)")
    public List<PublicationData> of(AccountId account) {
        return publications.findByAccountIdOrderByYearDescIdDesc(account.value()).stream().map(Publication::data).toList();
    }

    /** Publications of many researchers, for the matching index; no user may call it. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public Map<AccountId, List<PublicationData>> forMatching(Collection<AccountId> accounts) {
        var result = new HashMap<AccountId, List<PublicationData>>();
        publications.findByAccountIdIn(accounts.stream().map(AccountId::value).toList()).forEach(p ->
                result.computeIfAbsent(new AccountId(p.accountId()), a -> new ArrayList<>()).add(p.data()));
        return result;
    }

    private static PublicationData trimmed(PublicationData d) {
        String abstractText = d.abstractText() == null ? null
                : d.abstractText().length() > 20_000 ? d.abstractText().substring(0, 20_000) : d.abstractText();
        String venue = d.venue() == null ? null : d.venue().length() > 500 ? d.venue().substring(0, 500) : d.venue();
        return new PublicationData(d.title().strip(), abstractText, d.year(), venue, d.doi());
    }

    private long me() {
        return currentUser.require().id().value();
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

    /** DOIs and normalised titles already present, growing as entries are accepted. */
    private static final class Known {
        private final HashSet<String> dois = new HashSet<>();
        private final HashSet<String> titles = new HashSet<>();

        Known(List<Publication> existing) {
            existing.forEach(p -> {
                if (p.doi() != null) {
                    dois.add(p.doi());
                }
                titles.add(p.normalizedTitle());
            });
        }

        /** False when the publication duplicates one already known. */
        boolean add(PublicationData p) {
            String doi = PublicationData.normalizeDoi(p.doi());
            String title = PublicationData.normalizeTitle(p.title());
            if ((doi != null && dois.contains(doi)) || titles.contains(title)) {
                return false;
            }
            if (doi != null) {
                dois.add(doi);
            }
            titles.add(title);
            return true;
        }
    }
}
