package com.researchbridge.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.researchbridge.base.AccountId;
import com.researchbridge.base.InstitutionId;
import com.researchbridge.project.ProjectAction;
import com.researchbridge.project.ProjectChanged;
import com.researchbridge.project.ProjectStatus;
import org.junit.jupiter.api.Test;

class AudienceTest {

    private static final AccountId KZ = new AccountId(1);
    private static final AccountId CN = new AccountId(2);
    private static final AccountId OFFICE = new AccountId(3);
    private static final InstitutionId KAZNU = new InstitutionId(10);
    private static final InstitutionId PKU = new InstitutionId(20);

    private static ProjectChanged step(ProjectAction action, AccountId actor, InstitutionId office, boolean submitted) {
        return new ProjectChanged(7, "T", action, ProjectStatus.IN_REVIEW, actor, "n", office, null, KZ, CN, KAZNU, PKU,
                submitted);
    }

    @Test
    void eachStepReachesThoseItConcernsAndNeverTheOneWhoTookIt() {
        assertThat(Audience.of(step(ProjectAction.PROPOSE, KZ, null, false))).isEqualTo(new Audience(java.util.Set.of(CN), java.util.Set.of()));
        assertThat(Audience.of(step(ProjectAction.ACCEPT, CN, null, false)).researchers()).containsExactly(KZ);
        assertThat(Audience.of(step(ProjectAction.SUBMIT, CN, null, false)))
                .isEqualTo(new Audience(java.util.Set.of(KZ), java.util.Set.of(KAZNU, PKU)));
        assertThat(Audience.of(step(ProjectAction.WITHDRAW, KZ, null, false)).offices()).isEmpty();
        assertThat(Audience.of(step(ProjectAction.WITHDRAW, KZ, null, true)).offices()).containsExactlyInAnyOrder(KAZNU, PKU);
        assertThat(Audience.of(step(ProjectAction.APPROVE, OFFICE, KAZNU, true)))
                .isEqualTo(new Audience(java.util.Set.of(KZ, CN), java.util.Set.of()));
        assertThat(Audience.of(step(ProjectAction.REJECT, OFFICE, PKU, true)))
                .isEqualTo(new Audience(java.util.Set.of(KZ, CN), java.util.Set.of(KAZNU)));
        assertThat(Audience.of(step(ProjectAction.PLAN, KZ, null, true))).isEqualTo(new Audience(java.util.Set.of(), java.util.Set.of()));
    }

    @Test
    void aDeletedPartnerIsNobodyToWriteTo() {
        var e = new ProjectChanged(7, "T", ProjectAction.CANCEL, ProjectStatus.CANCELLED, KZ, "n", null, "r", KZ, null,
                KAZNU, PKU, true);
        assertThat(Audience.of(e)).isEqualTo(new Audience(java.util.Set.of(), java.util.Set.of(KAZNU, PKU)));
    }
}
