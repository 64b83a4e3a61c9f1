/**
 * Shared value types (typed ids, countries, UI languages), the main layout and i18n helpers.
 * Every other module may use it; it depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.researchbridge.base;
