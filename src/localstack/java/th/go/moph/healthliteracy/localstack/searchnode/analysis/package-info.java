/**
 * The analysis components the portal's index settings use, registered under the names Elasticsearch's
 * {@code analysis-common} module gives them, so the local node accepts byte-for-byte the settings a production
 * cluster accepts. Elastic does not publish analysis-common to Maven Central; this plugin never ships to production.
 */
package th.go.moph.healthliteracy.localstack.searchnode.analysis;
