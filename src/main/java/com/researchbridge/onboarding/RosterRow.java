package com.researchbridge.onboarding;

/** One data row of the file as written, every value trimmed ("" when the column is absent). */
record RosterRow(int rowNumber, String email, String fullName, String position, String fieldCode, String orcid,
                 String language) {
}
