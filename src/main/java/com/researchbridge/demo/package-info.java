/**
 * Demo data for the README's run command (Spring profile {@code demo}): about 300 researchers from both
 * countries, research offices and an administrator. Never active in production.
 */
package com.researchbridge.demo;
