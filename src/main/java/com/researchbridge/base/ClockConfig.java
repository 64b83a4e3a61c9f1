package com.researchbridge.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** One clock for the whole application, so tests can pin time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
