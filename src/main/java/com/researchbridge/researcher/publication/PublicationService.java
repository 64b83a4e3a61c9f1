package com.researchbridge.researcher.publication;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ResearcherProfileChanged;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    static final int IDS_PER_QUERY = 10_000;

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ENTRIES = 2_000;
    public static final int MAX_PAGE = 200;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));

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

    /**
     * One page of the signed-in researcher's publications, newest first, paged in the database: a researcher
     * with thousands of publications is shown through a lazy grid (issue 9). Pages are at most
     * {@link #MAX_PAGE} long, whatever the caller asks.
     */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public List<PublicationData> mine(int page, int pageSize) {
        var request = PageRequest.of(Math.max(0, page), Math.clamp(pageSize, 1, MAX_PAGE), NEWEST_FIRST);
        return publications.findByAccountId(me(), request).stream().map(Publication::data).toList();
    }

    /** How many publications the signed-in researcher has. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public long countMine() {
        return publications.countByAccountId(me());
    }

    /** Reads a file and says what importing it would do; stores nothing. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public ImportPreview preview(String fileName, byte[] content) {
        var file = PublicationFileReader.read(fileName, content);
        var known = new Known(publications.findByAccountIdOrderByYearDescIdDesc(me()));
        var rows = new ArrayList<ImportPreview.Row>();
        for (ParsedEntry e : file.entries()) {
            if (!e.isOk()) {
                rows.add(new ImportPreview.Row(e.number(), null, ImportPreview.Status.BROKEN, e.problemKey()));
            } else if (!known.add(e.publication())) {
                rows.add(new ImportPreview.Row(e.number(), e.publication(), ImportPreview.Status.DUPLICATE, "publications.duplicate"));
            } else {
                rows.add(new ImportPreview.Row(e.number(), e.publication(), ImportPreview.Status.NEW, null));
            }
        }
        return new ImportPreview(file.format(), rows);
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

    /**
     * One publication typed in by hand (for work no file or ORCID record holds). Checked like an imported one;
     * a missing or too long title, an impossible year, a malformed DOI or a duplicate is refused with the reason's
     * translation key, and nothing is stored.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public PublicationData addByHand(PublicationData entered) {
        long me = me();
        String title = entered.title() == null ? "" : entered.title().strip();
        if (title.isEmpty()) {
            throw new ImportRejected("publications.manual.titleRequired");
        }
        if (title.length() > 1000 || (entered.venue() != null && entered.venue().length() > 500)
                || (entered.abstractText() != null && entered.abstractText().length() > 20_000)) {
            throw new ImportRejected("validation.tooLong");
        }
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (entered.year() != null && (entered.year() < 1900 || entered.year() > thisYear + 1)) {
            throw new ImportRejected("publications.manual.badYear");
        }
        String doi = null;
        if (entered.doi() != null && !entered.doi().isBlank()) {
            doi = PublicationData.normalizeDoi(entered.doi());
            if (doi == null) {
                throw new ImportRejected("publications.manual.badDoi");
            }
        }
        String venue = entered.venue() == null || entered.venue().isBlank() ? null : entered.venue().strip();
        String abstractText = entered.abstractText() == null || entered.abstractText().isBlank() ? null
                : entered.abstractText().strip();
        var data = new PublicationData(title, abstractText, entered.year(), venue, doi);
        if (!new Known(publications.findByAccountIdOrderByYearDescIdDesc(me)).add(data)) {
            throw new ImportRejected("publications.duplicate");
        }
        publications.save(new Publication(me, data, Publication.Source.MANUAL, clock.instant()));
        events.publishEvent(new ResearcherProfileChanged(new AccountId(me)));
        return data;
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
        var ids = accounts.stream().map(AccountId::value).distinct().toList();
        // PostgreSQL takes at most 65,535 bind parameters in one statement: never one IN list for "everyone".
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            publications.findByAccountIdIn(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).forEach(p ->
                    result.computeIfAbsent(new AccountId(p.accountId()), a -> new ArrayList<>()).add(p.data()));
        }
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
