package com.researchbridge.researcher;

import com.researchbridge.security.ResearcherRegistered;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Gives every newly registered researcher an empty profile, in the registering transaction. */
@Component
class ProfileCreator {

    private final ResearcherProfileRepository profiles;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileCreator(ResearcherProfileRepository profiles, Clock clock, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(ResearcherRegistered event) {
        profiles.save(new ResearcherProfile(event.account(), event.fullName(), event.country(), event.institution(),
                clock.instant()));
        events.publishEvent(new ResearcherProfileChanged(event.account()));
    }
}
