/**
 * Search over Elasticsearch: the client, index mappings, indexing and queries.
 * Offers the cluster's status to the rest of the portal.
 */
package th.go.moph.healthliteracy.search;
