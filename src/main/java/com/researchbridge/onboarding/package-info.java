/**
 * Onboarding: a research office imports its institution's researchers from a CSV file (validated row by row,
 * imported all-or-nothing or the valid rows only) and follows the invitations the import created.
 */
package com.researchbridge.onboarding;
