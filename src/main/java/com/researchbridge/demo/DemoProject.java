package com.researchbridge.demo;

import java.util.List;

/**
 * One line of {@code demo/projects.jsonl}: a joint project one demo researcher proposed to another, and the
 * steps taken since, each by a researcher ({@code initiator}, {@code partner}) or an office
 * ({@code initiatorOffice}, {@code partnerOffice}). A {@code PLAN} step names a milestone ({@code title}, due in
 * {@code dueInDays}), {@code REACH} the milestone by its position, {@code REPORT} an output ({@code kind},
 * {@code title}, {@code daysAgo}, {@code link}).
 */
record DemoProject(String initiator, String partner, String title, String description, List<Step> steps) {

    record Step(String by, String action, String comment, String title, Integer dueInDays, Integer milestone,
                String kind, Integer daysAgo, String link) {
    }
}
