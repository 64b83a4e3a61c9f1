/** Collaboration topics: what researchers seek partners for; a named interface so matching can find partners for one. */
@org.springframework.modulith.NamedInterface("topic")
package com.researchbridge.researcher.topic;
