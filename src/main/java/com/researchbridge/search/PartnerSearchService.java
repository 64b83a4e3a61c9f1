package com.researchbridge.search;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.topic.TopicService;
import com.researchbridge.researcher.topic.TopicSummary;
import com.researchbridge.security.CurrentUser;
import com.researchbridge.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * One search over researchers' profiles and open collaboration topics, in any of the four languages, with
 * filters, in relevance order. Researchers find profiles visible to all signed-in users; research offices and
 * administrators also those visible only to offices; hidden profiles are never indexed. A topic is found by
 * those who may see its author's profile (decision 25), and counted for them only. Each page's rows are read
 * from the database through the services that apply the same rule, so a stale index entry shows nothing.
 */
@Service
public class PartnerSearchService {

    /** One page of results and how many there are in all. */
    public record SearchPage<T>(long total, List<T> items) {
    }

    /** How many researchers and topics match. */
    public record Counts(long researchers, long topics) {
    }

    /** What the index holds after its first build, how long the build took and the memory it uses. */
    public record IndexStats(int profiles, int topics, long buildMillis, long ramBytes) {
    }

    static final int MAX_PAGE = 200;

    private final PartnerSearchIndexer indexer;
    private final ResearcherProfileService profiles;
    private final TopicService topics;
    private final CurrentUser currentUser;
    private final Clock clock;

    PartnerSearchService(PartnerSearchIndexer indexer, ResearcherProfileService profiles, TopicService topics,
                         CurrentUser currentUser, Clock clock) {
        this.indexer = indexer;
        this.profiles = profiles;
        this.topics = topics;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Researchers matching the request, best first. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public SearchPage<ProfileSummary> researchers(SearchRequest request, int offset, int limit) {
        Role role = currentUser.require().role();
        var page = indexer.index().search(SearchEntries.PROFILE, request.text(), filters(request, role, currentUser.require().id()), today(),
                Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
        var byId = profiles.visibleProfiles(page.ids().stream().map(id -> new AccountId(Long.parseLong(id))).toList());
        return new SearchPage<>(page.total(), page.ids().stream().map(id -> byId.get(new AccountId(Long.parseLong(id))))
                .filter(Objects::nonNull).toList());
    }

    /** Open collaboration topics matching the request, best first. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public SearchPage<TopicSummary> topics(SearchRequest request, int offset, int limit) {
        Role role = currentUser.require().role();
        var page = indexer.index().search(SearchEntries.TOPIC, request.text(), filters(request, role, currentUser.require().id()), today(),
                Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
        return new SearchPage<>(page.total(), topics.openByIds(page.ids().stream().map(Long::parseLong).toList()));
    }

    /** The number of researchers and of topics that match, as the two result lists count them. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Counts count(SearchRequest request) {
        Role role = currentUser.require().role();
        var index = indexer.index();
        var filters = filters(request, role, currentUser.require().id());
        return new Counts(index.count(SearchEntries.PROFILE, request.text(), filters, today()),
                index.count(SearchEntries.TOPIC, request.text(), filters, today()));
    }

    /** Waits for the first build of the index and tells what it holds (for administrators and benchmarks). */
    @AccessExpectation({Who.ADMIN, Who.SYSTEM})
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public IndexStats indexStats() {
        var stats = indexer.startBuild().join(); // however long it takes, unlike searches
        var index = indexer.index();
        return new IndexStats(stats.profiles(), stats.topics(), stats.millis(), index.ramBytes());
    }

    /** The request's filters plus what the user's role may see. */
    private static Map<String, Collection<String>> filters(SearchRequest request, Role role, AccountId searcher) {
        var filters = new HashMap<String, Collection<String>>();
        // Nobody looks for a partner in himself.
        filters.put(com.researchbridge.search.index.PartnerSearchIndex.EXCLUDE,
                List.of(SearchEntries.PROFILE + ":" + searcher.value()));
        request.filters().forEach((filter, value) -> filters.put(filter.indexField(), List.of(value)));
        filters.put(SearchEntries.VISIBILITY, ProfileVisibility.seenBy(role).stream().map(Enum::name).toList());
        return filters;
    }

    private long today() {
        return LocalDate.now(clock).toEpochDay();
    }
}
