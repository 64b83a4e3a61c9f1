package com.researchbridge.institution;

import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference list of institutions. Reading it is public (the registration form needs it); the
 * administrator's searchable list is for admins only.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    private final InstitutionRepository repository;

    InstitutionService(InstitutionRepository repository) {
        this.repository = repository;
    }

    @PreAuthorize("permitAll()")
    public List<InstitutionSummary> listByCountry(Country country) {
        return repository.findByCountryOrderByNameEn(country).stream().map(Institution::toSummary).toList();
    }

    @PreAuthorize("permitAll()")
    public Optional<InstitutionSummary> find(InstitutionId id) {
        return repository.findById(id.value()).map(Institution::toSummary);
    }

    @PreAuthorize("permitAll()")
    public Optional<InstitutionSummary> findByCode(String code) {
        return repository.findByCode(code).map(Institution::toSummary);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(Country country) {
        return repository.countByCountry(country);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<InstitutionSummary> search(Country country, String text, Pageable pageable) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return repository.search(country, needle, pageable).map(Institution::toSummary);
    }
}
