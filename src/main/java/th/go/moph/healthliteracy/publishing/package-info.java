/**
 * Publication: the publishers' actions (publish, schedule, withdraw, archive) and the scheduled transitions; later the
 * citizen site, the GovChannel feed and webhooks. Offers nothing to other contexts; reads content's published items.
 */
package th.go.moph.healthliteracy.publishing;
