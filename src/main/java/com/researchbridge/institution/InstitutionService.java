package com.researchbridge.institution;

import com.researchbridge.base.AccessExpectation;
import com.researchbridge.base.AccessExpectation.Who;
import com.researchbridge.base.Country;
import com.researchbridge.base.InstitutionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
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
    /** Reference data that only migrations change: read once, then served from memory (grids ask per row). */
    private volatile Map<InstitutionId, InstitutionSummary> byId;

    InstitutionService(InstitutionRepository repository) {
        this.repository = repository;
    }

    private Map<InstitutionId, InstitutionSummary> all() {
        var current = byId;
        if (current == null) {
            var loaded = new LinkedHashMap<InstitutionId, InstitutionSummary>();
            repository.findAll(Sort.by("nameEn")).forEach(i -> loaded.put(i.toSummary().id(), i.toSummary()));
            current = Map.copyOf(loaded);
            byId = current;
        }
        return current;
    }

    @AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("permitAll()")
    public List<InstitutionSummary> listByCountry(Country country) {
        return all().values().stream().filter(i -> i.country() == country)
                .sorted(java.util.Comparator.comparing(InstitutionSummary::nameEn)).toList();
    }

    @AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("permitAll()")
    public Optional<InstitutionSummary> find(InstitutionId id) {
        return Optional.ofNullable(all().get(id));
    }

    @AccessExpectation({Who.ANONYMOUS, Who.RESEARCHER, Who.RESEARCH_OFFICE, Who.ADMIN})
    @PreAuthorize("permitAll()")
    public Optional<InstitutionSummary> findByCode(String code) {
        return all().values().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public long count(Country country) {
        return all().values().stream().filter(i -> i.country() == country).count();
    }

    @AccessExpectation(Who.ADMIN)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<InstitutionSummary> search(Country country, String text, Pageable pageable) {
        var needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return repository.search(country, needle, pageable).map(Institution::toSummary);
    }
}
