package com.researchbridge.matching;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.institution.InstitutionService;
import com.researchbridge.matching.engine.FeatureExtractor;
import com.researchbridge.matching.engine.Features;
import com.researchbridge.matching.search.PartnerSearchIndex;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearchField;
import com.researchbridge.researcher.ResearcherProfileChanged;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import com.researchbridge.security.SystemAuthentication;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Partner search over profiles and what they say, in any of the four languages, with filters. Researchers
 * find profiles visible to all signed-in users; research offices and administrators also those visible only
 * to offices. Hidden profiles are never indexed. The index follows profile changes.
 */
@Service
public class PartnerSearchService {

    /** What to look for; {@code null} filters are not applied. */
    public record SearchRequest(String text, Country country, ResearchField field, Boolean openOnly) {
    }

    public record SearchPage(long total, List<ProfileSummary> profiles) {
    }

    private final ResearcherProfileService profiles;
    private final InstitutionService institutions;
    private final CurrentUser currentUser;
    private final FeatureExtractor extractor;
    private final AtomicReference<PartnerSearchIndex> index = new AtomicReference<>();

    PartnerSearchService(ResearcherProfileService profiles, InstitutionService institutions, CurrentUser currentUser,
                         FeatureExtractor extractor) {
        this.extractor = extractor;
        this.profiles = profiles;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ResearcherProfileChanged event) {
        index.set(null); // rebuilt on the next search: cheap for a site of this size, see docs/benchmarks.md
    }

    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public SearchPage search(SearchRequest request, int offset, int limit) {
        var filters = new HashMap<String, String>();
        if (request.country() != null) {
            filters.put("country", request.country().name());
        }
        if (request.field() != null) {
            filters.put("field", request.field().code());
        }
        if (Boolean.TRUE.equals(request.openOnly())) {
            filters.put("open", "true");
        }
        if (currentUser.require().role() == Role.RESEARCHER) {
            filters.put("visibility", ProfileVisibility.SIGNED_IN.name());
        }
        var page = current().search(request.text(), filters, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
        var byId = profiles.byAccounts(page.ids().stream().map(id -> new AccountId(Long.parseLong(id))).toList());
        return new SearchPage(page.total(), page.ids().stream()
                .map(id -> byId.get(new AccountId(Long.parseLong(id)))).filter(java.util.Objects::nonNull).toList());
    }

    private PartnerSearchIndex current() {
        return index.updateAndGet(existing -> existing != null ? existing : build());
    }

    private PartnerSearchIndex build() {
        List<ProfileSummary> all = SystemAuthentication.call(profiles::allForSearch);
        var institutionNames = new HashMap<Long, String>();
        for (Country country : Country.values()) {
            institutions.listByCountry(country).forEach(i -> institutionNames.put(i.id().value(),
                    String.join(" ", i.nameNative(), i.nameEn(), i.nameRu() == null ? "" : i.nameRu(), i.cityNative(), i.cityEn())));
        }
        var entries = all.parallelStream().map(p -> new PartnerSearchIndex.Entry(String.valueOf(p.account().value()),
                Map.of("country", p.country().name(), "field", p.field() == null ? "" : p.field().code(),
                        "open", String.valueOf(p.openToCollaboration()), "visibility", p.visibility().name()),
                merged(extractor.features(MatchingIndex.toMatchProfile(p)), extractor.features(String.join(" ",
                        p.fullName(), p.fullNameLatin() == null ? "" : p.fullNameLatin(),
                        institutionNames.getOrDefault(p.institution().value(), "")))))).toList();
        return new PartnerSearchIndex(entries, extractor);
    }

    /** Profile text plus name and institution (in every script they are written in), so both can be searched. */
    private static Features merged(Features a, Features b) {
        var terms = new HashMap<>(a.terms());
        b.terms().forEach((t, w) -> terms.merge(t, w, Float::sum));
        var concepts = new HashMap<>(a.concepts());
        b.concepts().forEach((c, w) -> concepts.merge(c, w, Float::sum));
        return new Features(terms, concepts);
    }
}
