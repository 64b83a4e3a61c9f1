/**
 * Notices the application sends: e-mail to the people a joint project's step concerns, in each recipient's
 * language, after the step is committed. Reacts to events of other modules; nothing depends on it.
 */
package com.researchbridge.notification;
