package com.researchbridge;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The search benchmark drives partner search as the site does, from matching's bench package; it is moving out
     * of the production jar (issue 10), and until then would make matching and search depend on each other. Matches
     * nothing once it has moved: then this exception can go.
     */
    private static final DescribedPredicate<JavaClass> SEARCH_BENCHMARK = DescribedPredicate.describe(
            "the search benchmark in matching's bench package",
            c -> c.getName().startsWith("com.researchbridge.matching.bench.SearchBenchmark"));

    private final ApplicationModules modules = ApplicationModules.of(ResearchBridgeApplication.class, SEARCH_BENCHMARK);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
