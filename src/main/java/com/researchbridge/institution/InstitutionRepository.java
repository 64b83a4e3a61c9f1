package com.researchbridge.institution;

import com.researchbridge.base.Country;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstitutionRepository extends JpaRepository<Institution, Long> {

    @Query("""
            select i from Institution i
            where (:country is null or i.country = :country)
              and (:text = '' or lower(i.nameEn) like concat('%', :text, '%')
                   or lower(i.nameNative) like concat('%', :text, '%')
                   or lower(coalesce(i.nameRu, '')) like concat('%', :text, '%')
                   or lower(i.cityEn) like concat('%', :text, '%')
                   or lower(i.cityNative) like concat('%', :text, '%'))
            """)
    Page<Institution> search(@Param("country") Country country, @Param("text") String text, Pageable pageable);
}
