package com.researchbridge.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.matching.engine.MatchProfile;
import com.researchbridge.researcher.ProfileSummary;
import com.researchbridge.researcher.ProfileVisibility;
import com.researchbridge.researcher.ResearcherProfileService;
import com.researchbridge.researcher.SummaryVersion;
import com.researchbridge.researcher.publication.PublicationData;
import com.researchbridge.researcher.publication.PublicationService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The build's corpus is read batch by batch, as the engine asks for it, never all accounts in one statement. */
class MatchingCorpusTest {

    private final ResearcherProfileService profiles = mock(ResearcherProfileService.class);
    private final PublicationService publications = mock(PublicationService.class);
    /** The largest number of accounts named in one call for publications. */
    private final List<Integer> publicationCalls = new ArrayList<>();
    private final List<Long> pageStarts = new ArrayList<>();

    private void accounts(long count) {
        var all = LongStream.rangeClosed(1, count).mapToObj(MatchingCorpusTest::profile).toList();
        when(profiles.nextForMatching(anyLong(), anyInt())).thenAnswer(call -> {
            long after = call.getArgument(0);
            int size = call.getArgument(1);
            pageStarts.add(after);
            return all.stream().filter(p -> p.account().value() > after).limit(size).toList();
        });
        when(publications.forMatching(anyCollection())).thenAnswer(call -> {
            Collection<AccountId> asked = call.getArgument(0);
            publicationCalls.add(asked.size());
            Map<AccountId, List<PublicationData>> papers = new HashMap<>();
            asked.stream().filter(a -> a.value() % 2 == 0).forEach(a -> papers.put(a,
                    List.of(new PublicationData("Glacier mass balance " + a.value(), "Meltwater runoff.", 2024, null, null))));
            return papers;
        });
    }

    private static ProfileSummary profile(long account) {
        return new ProfileSummary(new AccountId(account), "Researcher " + account, account % 2 == 0 ? Country.KZ : Country.CN,
                new InstitutionId(1), null, List.of(), List.of(new SummaryVersion("en", "Glaciers of the Tian Shan.")),
                List.of(), List.of(), Instant.EPOCH, null, null, null, ProfileVisibility.SIGNED_IN, true, true);
    }

    private static List<MatchProfile> read(MatchingCorpus corpus) {
        return StreamSupport.stream(corpus.spliterator(), false).toList();
    }

    @Test
    void everyProfileIsReadOnceInAccountOrderWithItsOwnPublicationsInBatchesOfTheGivenSize() {
        accounts(25);

        var read = read(new MatchingCorpus(profiles, publications, 10));

        assertThat(read).extracting(MatchProfile::id).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 25).mapToObj(String::valueOf).toList());
        assertThat(pageStarts).containsExactly(0L, 10L, 20L);
        assertThat(publicationCalls).containsExactly(10, 10, 5);
        assertThat(read.get(1).publications()).singleElement()
                .satisfies(p -> assertThat(p.title()).isEqualTo("Glacier mass balance 2"));
        assertThat(read.get(0).publications()).isEmpty();
    }

    @Test
    void aCorpusOfExactlyFullBatchesEndsWithOneEmptyRead() {
        accounts(20);

        assertThat(read(new MatchingCorpus(profiles, publications, 10))).hasSize(20);
        assertThat(pageStarts).containsExactly(0L, 10L, 20L);
        assertThat(publicationCalls).containsExactly(10, 10);
    }

    @Test
    void nothingIsReadBeforeTheBuildAsksAndEachIterationReadsAfresh() {
        accounts(3);
        var corpus = new MatchingCorpus(profiles, publications, 2);
        var iterator = corpus.iterator();
        assertThat(pageStarts).isEmpty();

        iterator.next();
        assertThat(pageStarts).containsExactly(0L);
        assertThat(read(corpus)).hasSize(3);
    }

    @Test
    void anEmptyCorpusIsEmpty() {
        accounts(0);

        assertThat(read(new MatchingCorpus(profiles, publications, 10))).isEmpty();
        assertThat(publicationCalls).isEmpty();
    }
}
