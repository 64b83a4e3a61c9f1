package com.researchbridge.researcher.topic;

import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TopicRepository extends JpaRepository<CollaborationTopic, Long> {

    java.util.List<CollaborationTopic> findByAccountIdOrderByCreatedAtDesc(long accountId);

    /** Keyset paging in id order, for reading every topic without offset scans. */
    java.util.List<CollaborationTopic> findByIdGreaterThanOrderByIdAsc(long id, org.springframework.data.domain.Limit limit);

    /** Open topics whose author's profile has one of the visibilities, or is the reader's own. */
    @Query(value = """
            select t from CollaborationTopic t join ResearcherProfile p on p.accountId = t.accountId
            where (p.visibility in :visible or t.accountId = :reader)
              and (t.closesOn is null or t.closesOn >= :today)
              and (:kind is null or t.kind = :kind)
              and (:text = '' or lower(t.title) like concat('%', :text, '%')
                   or lower(t.description) like concat('%', :text, '%')
                   or lower(coalesce(t.keywords, '')) like concat('%', :text, '%'))
            order by t.createdAt desc
            """)
    Page<CollaborationTopic> browse(@Param("today") LocalDate today, @Param("kind") TopicKind kind,
                                    @Param("text") String text,
                                    @Param("visible") java.util.Collection<com.researchbridge.researcher.ProfileVisibility> visible,
                                    @Param("reader") long reader, Pageable pageable);
}
