package com.researchbridge.monitoring;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("""
            select e from AuditEvent e
            where (:action is null or e.action = :action)
              and (:text = '' or lower(e.subject) like concat('%', :text, '%')
                   or lower(e.actorName) like concat('%', :text, '%'))
            order by e.occurredAt desc, e.id desc""")
    Page<AuditEvent> search(@Param("action") AuditAction action, @Param("text") String text, Pageable pageable);
}
