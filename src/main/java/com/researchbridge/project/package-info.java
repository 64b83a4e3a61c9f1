/**
 * Joint projects between a Kazakh and a Chinese researcher: the request, the partner's answer, the review by
 * both institutions' research offices in parallel, and the project's life once approved. Each step is a
 * method of {@link com.researchbridge.project.JointProject} that checks who acts and in which state, and is
 * recorded in the project's history.
 */
package com.researchbridge.project;
