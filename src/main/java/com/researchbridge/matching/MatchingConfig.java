package com.researchbridge.matching;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The proposal batch runs on a schedule. */
@Configuration
@EnableScheduling
class MatchingConfig {
}
