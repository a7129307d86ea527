/**
 * A single Elasticsearch node assembled from the jars Elastic publishes to Maven Central, for local use and tests.
 * Runs in its own JVM with the server on the module path; see {@link th.go.moph.healthliteracy.localstack.SearchNodeProcess}.
 */
package th.go.moph.healthliteracy.localstack.searchnode;
