/**
 * Partner search: one search box over researchers' profiles and open collaboration topics, in any of the four
 * languages, with filters. A live Lucene index in memory ({@code index/}), kept up to date from the researcher
 * module's events and built again after vocabulary edits; text is read by matching's {@code TextAnalyser}, so
 * search and proposals understand a text alike. {@code ui/} holds the search page.
 */
package com.researchbridge.search;
