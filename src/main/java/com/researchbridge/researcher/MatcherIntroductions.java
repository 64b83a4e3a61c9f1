package com.researchbridge.researcher;

import com.researchbridge.base.AccountId;

/**
 * Whether the matcher puts a researcher before the signed-in researcher (among their suggested partners, or in an
 * open proposal). A {@code MATCHER_AND_OFFICES} profile is shown to exactly those researchers, so they may propose
 * a project to it. The matching module implements it; this module does not depend on matching (decision 11).
 */
public interface MatcherIntroductions {

    boolean introducedToMe(AccountId partner);
}
