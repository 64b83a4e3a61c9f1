package com.researchbridge.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectOutputRepository extends JpaRepository<ProjectOutput, Long> {

    @Query("select o.kind, count(o) from ProjectOutput o group by o.kind")
    List<Object[]> countByKind();

    @Query("select o from ProjectOutput o join fetch o.project order by o.occurredOn desc, o.id desc")
    List<ProjectOutput> findAllWithProjects();
}
