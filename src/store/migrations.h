// The schema, as numbered migrations shared by SQLite and PostgreSQL (docs/DATA-MODEL.md). Each
// runs once, in order, in its own transaction, and is recorded in schema_migrations; a database
// that records a migration this program does not know is refused (schema_too_new).
#pragma once

#include "store/database.h"

namespace evalbook::store {

// The number of the newest migration this program knows.
int latest_schema_version();

// Brings the database to the latest version. Throws evalbook::Error(schema_too_new) for a
// database of a newer program, (database_error) when a migration fails.
void migrate(Database& db);

// The version the database is at (0 for an empty one).
int schema_version(Database& db);

}  // namespace evalbook::store
