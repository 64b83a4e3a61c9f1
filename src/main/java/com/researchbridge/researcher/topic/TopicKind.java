package com.researchbridge.researcher.topic;

/** What kind of collaboration a topic seeks. */
public enum TopicKind {
    JOINT_RESEARCH, CO_SUPERVISION, STUDENT_EXCHANGE, JOINT_GRANT, VISITING_POSITION;

    public String translationKey() {
        return "topic.kind." + name();
    }
}
