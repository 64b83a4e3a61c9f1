package com.researchbridge.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VocabularyEditRepository extends JpaRepository<VocabularyEdit, Long> {

    Optional<VocabularyEdit> findByConceptId(String conceptId);

    List<VocabularyEdit> findAllByOrderByIdAsc();
}
