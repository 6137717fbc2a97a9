#pragma once

#include "core/result.h"

#include <QString>

// The database holds partners' tokens: its files must be readable by the node's own user only
// (hardening issue item 4). The process umask (see app/runtime/processsetup.h) covers every file
// created later; these functions cover what already exists and what the node creates before or
// without that umask (tests, embedders).
namespace ocpi::privatefiles {

// Creates `folder` and any missing parent, each level 0700. Existing levels are left alone: an
// operator's choice such as /tmp or /var/lib is not ours to change. `created` tells whether the
// folder itself was missing.
Status makeFolder(const QString &folder, bool *created = nullptr);

// Removes group and other permissions from an existing folder (0755 -> 0700).
Status tightenFolder(const QString &folder);

// Creates an empty `file` 0600 if it does not exist yet. SQLite gives its -wal, -shm and -journal
// files the mode of the database file, so a database that starts 0600 keeps them 0600 too.
Status createFile(const QString &file);

// Removes group and other permissions from the database file and its -wal, -shm and -journal
// companions that exist (0644 -> 0600). Anything that is not a regular file is left alone.
Status tightenDatabaseFiles(const QString &databasePath);

// The permission bits (0777 part of st_mode) of `path`, or -1 when it cannot be read. For tests
// and diagnostics.
int modeOf(const QString &path);

} // namespace ocpi::privatefiles
