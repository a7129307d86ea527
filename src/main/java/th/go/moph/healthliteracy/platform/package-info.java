/**
 * Wiring only: configuration, the data source and schema migration at start-up, the REST application, session
 * cookies and health. Owns no business rules; offers the other contexts the portal's data directory.
 */
package th.go.moph.healthliteracy.platform;
