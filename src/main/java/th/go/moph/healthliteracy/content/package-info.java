/**
 * The content library: items (articles, images, videos), their immutable revisions, and the workflow from draft
 * through medical review to publication, withdrawal and archiving. Offers published revisions to publishing and search.
 */
package th.go.moph.healthliteracy.content;
