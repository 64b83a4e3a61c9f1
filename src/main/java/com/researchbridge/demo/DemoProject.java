package com.researchbridge.demo;

import java.util.List;

/**
 * One line of {@code demo/projects.jsonl}: a joint project one demo researcher proposed to another, and the
 * steps taken since, each by a researcher ({@code initiator}, {@code partner}) or an office
 * ({@code initiatorOffice}, {@code partnerOffice}).
 */
record DemoProject(String initiator, String partner, String title, String description, List<Step> steps) {

    record Step(String by, String action, String comment) {
    }
}
