package com.researchbridge.institution;

import com.researchbridge.base.Country;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A university or research institute in Kazakhstan or China. Reference data, loaded by migrations. */
@Entity
@Table(name = "institution")
class Institution {

    enum Kind { UNIVERSITY, INSTITUTE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "country", nullable = false, length = 2)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "name_native", nullable = false, length = 300)
    private String nameNative;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "name_ru", length = 300)
    private String nameRu;

    @Column(name = "city_native", nullable = false, length = 100)
    private String cityNative;

    @Column(name = "city_en", nullable = false, length = 100)
    private String cityEn;

    @Column(name = "name_zh", length = 300)
    private String nameZh;

    @Column(name = "name_kk", length = 300)
    private String nameKk;

    @Column(name = "city_ru", length = 100)
    private String cityRu;

    @Column(name = "city_kk", length = 100)
    private String cityKk;

    @Column(name = "city_zh", length = 100)
    private String cityZh;

    @Column(name = "website", length = 200)
    private String website;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Institution() {
    }

    InstitutionSummary toSummary() {
        return new InstitutionSummary(new com.researchbridge.base.InstitutionId(id), code, country,
                kind == Kind.INSTITUTE, nameNative, nameEn, nameRu, cityNative, cityEn, website,
                new InstitutionSummary.OtherNames(nameZh, nameKk, cityRu, cityKk, cityZh));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Institution other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Institution.class.hashCode();
    }
}
