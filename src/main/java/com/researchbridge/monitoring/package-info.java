/** Monitoring of joint output across both countries: the administrator's dashboard, later charts and exports. */
package com.researchbridge.monitoring;
