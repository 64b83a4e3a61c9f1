package com.researchbridge.base;

/**
 * A part of the signed-in user's own data that a module keeps, for the "download my data" export. The module
 * that owns the data implements it, so the export does not depend on every module that stores something.
 */
public interface PersonalData {

    /** The name of the section in the export, such as {@code jointProjects}. */
    String section();

    /** The signed-in user's data of this kind, as plain records and lists that serialise to JSON. */
    Object ofCurrentUser();
}
