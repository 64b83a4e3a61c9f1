/** Researchers' publications and their import; a named interface so that matching can read publications. */
@org.springframework.modulith.NamedInterface("publication")
package com.researchbridge.researcher.publication;
