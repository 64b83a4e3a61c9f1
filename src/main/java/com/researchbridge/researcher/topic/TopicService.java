package com.researchbridge.researcher.topic;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.AccountId;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileValidator;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.topic.TopicRejected.Field;
import com.researchbridge.researcher.topic.TopicRejected.Problem;
import com.researchbridge.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.function.Function;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration topics: researchers post them, signed-in users browse them, researchers say they are interested.
 * A topic belongs to its author's profile: it is shown exactly to those who may see that profile (the author
 * always), everywhere — its page, the list, search, the profile page (decision 25).
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

    private final TopicRepository topics;
    private final TopicInterestRepository interests;
    private final ResearcherProfileService profiles;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TopicService(TopicRepository topics, TopicInterestRepository interests, ResearcherProfileService profiles,
                 CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.topics = topics;
        this.interests = interests;
        this.profiles = profiles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public long post(TopicForm form) {
        return store(currentUser.require().id(), form);
    }

    /** For the application's own work (demo data): a topic posted for a researcher, under the same rules. */
    @Transactional
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public long postFor(AccountId owner, TopicForm form) {
        return store(owner, form);
    }

    private long store(AccountId owner, TopicForm form) {
        var problems = problems(form);
        if (!problems.isEmpty()) {
            throw new TopicRejected(problems);
        }
        var topic = topics.save(new CollaborationTopic(owner.value(), form, clock.instant()));
        events.publishEvent(new TopicChanged(topic.id(), owner));
        return topic.id();
    }

    /** Open topics whose author's profile the signed-in user may see, newest first. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Page<TopicSummary> browse(String text, TopicKind kind, Pageable pageable) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        var me = currentUser.require();
        var page = topics.browse(LocalDate.now(clock), kind, needle, ProfileVisibility.seenBy(me.role()),
                me.id().value(), pageable);
        var summaries = visibleSummaries(page.getContent());
        return page.map(t -> summaries.get(t.id()));
    }

    /** The signed-in researcher's own topics, closed ones included. */
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public List<TopicSummary> mine() {
        var mine = topics.findByAccountIdOrderByCreatedAtDesc(currentUser.require().id().value());
        var summaries = visibleSummaries(mine);
        return mine.stream().map(t -> summaries.get(t.id())).toList();
    }

    /** A topic, or empty when there is none or the signed-in user may not see its author's profile. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public Optional<TopicSummary> find(long id) {
        return topics.findById(id).map(t -> visibleSummaries(List.of(t)).get(t.id()));
    }

    /**
     * Topics by id that are still open and that the signed-in user may see, in the given order (the others left
     * out): search results.
     */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public List<TopicSummary> openByIds(List<Long> ids) {
        var today = LocalDate.now(clock);
        var found = topics.findAllById(ids).stream().filter(t -> t.openOn(today)).toList();
        var summaries = visibleSummaries(found);
        return ids.stream().map(summaries::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A researcher's topics that are still open, newest first (for the profile page); none when the profile is not visible. */
    @AccessExpectation({Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("hasAnyRole('RESEARCHER', 'RESEARCH_OFFICE', 'ADMIN')")
    public List<TopicSummary> openTopicsOf(AccountId owner) {
        var today = LocalDate.now(clock);
        var open = topics.findByAccountIdOrderByCreatedAtDesc(owner.value()).stream().filter(t -> t.openOn(today)).toList();
        var summaries = visibleSummaries(open);
        return open.stream().map(t -> summaries.get(t.id())).filter(java.util.Objects::nonNull).toList();
    }

    /** The next topics after the given id, in id order, closed ones included; for the search index. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<TopicSummary> nextForSearch(long afterId, int batchSize) {
        var batch = topics.findByIdGreaterThanOrderByIdAsc(afterId, org.springframework.data.domain.Limit.of(batchSize));
        var summaries = summaries(batch, profiles::forSearch);
        return batch.stream().map(t -> summaries.get(t.id())).toList();
    }

    /** A researcher's topics, closed ones included, as search should index them now. */
    @AccessExpectation(Who.SYSTEM)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<TopicSummary> forSearch(AccountId owner) {
        var list = topics.findByAccountIdOrderByCreatedAtDesc(owner.value());
        var summaries = summaries(list, profiles::forSearch);
        return list.stream().map(t -> summaries.get(t.id())).toList();
    }

    /**
     * Says the signed-in researcher is interested; once is enough, and not in one's own topic. A topic they may
     * not see is refused as a missing one.
     */
    @Transactional
    @AccessExpectation(Who.RESEARCHER)
    @PreAuthorize("hasRole('RESEARCHER')")
    public void expressInterest(long topicId) {
        var topic = topics.findById(topicId)
                .filter(t -> profiles.visibleProfile(new AccountId(t.accountId())).isPresent())
                .orElseThrow(() -> new IllegalArgumentException("No such topic"));
        long me = currentUser.require().id().value();
        if (topic.accountId() != me && !interests.existsByTopicIdAndAccountId(topicId, me)) {
            interests.save(new TopicInterest(topicId, me, clock.instant()));
            events.publishEvent(new TopicInterestExpressed(topicId, topic.title(), new AccountId(topic.accountId()),
                    new AccountId(me), currentUser.require().fullName()));
        }
    }

    /** Summaries of those of the topics whose author's profile the signed-in user may see; the others are left out. */
    private Map<Long, TopicSummary> visibleSummaries(List<CollaborationTopic> list) {
        return summaries(list, profiles::visibleProfiles);
    }

    /**
     * Summaries of the topics whose owner is among the profiles read (by the rule of the caller), with three
     * queries in all: owners, interest counts, my interests.
     */
    private Map<Long, TopicSummary> summaries(List<CollaborationTopic> all,
                                              Function<Collection<AccountId>, Map<AccountId, ProfileSummary>> readOwners) {
        if (all.isEmpty()) {
            return Map.of();
        }
        var owners = readOwners.apply(all.stream().map(t -> new AccountId(t.accountId())).distinct().toList());
        var list = all.stream().filter(t -> owners.containsKey(new AccountId(t.accountId()))).toList();
        if (list.isEmpty()) {
            return Map.of();
        }
        var ids = list.stream().map(CollaborationTopic::id).toList();
        var counts = new HashMap<Long, Long>();
        interests.countByTopics(ids).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        long me = currentUser.get().map(a -> a.id().value()).orElse(-1L);
        var mine = new HashSet<>(interests.topicsOf(me, ids));
        var result = new HashMap<Long, TopicSummary>();
        for (CollaborationTopic t : list) {
            var owner = owners.get(new AccountId(t.accountId()));
            result.put(t.id(), t.toSummary(owner.fullName(), counts.getOrDefault(t.id(), 0L),
                    mine.contains(t.id())));
        }
        return result;
    }

    private List<Problem> problems(TopicForm f) {
        var problems = new ArrayList<Problem>();
        if (f.title() == null || f.title().isBlank()) {
            problems.add(new Problem(Field.TITLE, "validation.required"));
        } else if (f.title().strip().length() > 300) {
            problems.add(new Problem(Field.TITLE, "validation.tooLong"));
        }
        if (f.description() == null || f.description().isBlank()) {
            problems.add(new Problem(Field.DESCRIPTION, "validation.required"));
        } else if (f.description().strip().length() > 10_000) {
            problems.add(new Problem(Field.DESCRIPTION, "profile.error.summaryTooLong"));
        }
        if (!ProfileValidator.isLanguage(f.descriptionLanguage())) {
            problems.add(new Problem(Field.LANGUAGE, "validation.required"));
        }
        if (f.kind() == null) {
            problems.add(new Problem(Field.KIND, "validation.required"));
        }
        if (!ProfileValidator.keywordsFit(f.keywords())) {
            problems.add(new Problem(Field.KEYWORDS, "profile.error.keywords"));
        }
        if (f.closesOn() != null && f.closesOn().isBefore(LocalDate.now(clock))) {
            problems.add(new Problem(Field.CLOSES_ON, "topic.error.closed"));
        }
        return problems;
    }
}
