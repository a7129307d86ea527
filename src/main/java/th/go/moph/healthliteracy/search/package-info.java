/**
 * Search over Elasticsearch: the item index (Thai analysis, synonyms, n-grams), the outbox that keeps it in step with
 * the database, rebuilds behind aliases, and public and editorial queries. Offers the search API and the cluster's
 * status to the rest of the portal; reads items through the content context, never the other way round.
 */
package th.go.moph.healthliteracy.search;
