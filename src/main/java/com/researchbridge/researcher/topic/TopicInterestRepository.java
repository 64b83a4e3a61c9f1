package com.researchbridge.researcher.topic;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TopicInterestRepository extends JpaRepository<TopicInterest, Long> {

    boolean existsByTopicIdAndAccountId(long topicId, long accountId);

    @Query("select i.topicId, count(i) from TopicInterest i where i.topicId in :topics group by i.topicId")
    java.util.List<Object[]> countByTopics(@Param("topics") java.util.Collection<Long> topics);

    @Query("select i.topicId from TopicInterest i where i.accountId = :account and i.topicId in :topics")
    java.util.List<Long> topicsOf(@Param("account") long account, @Param("topics") java.util.Collection<Long> topics);
}
