#pragma once

namespace ocpi {

// What every executable of the node (ocpi-node and all its commands, ocpi-console) does first,
// before Qt or SQLite creates any file: files and folders it creates are its user's alone (umask
// 077: databases, their -wal/-shm/-journal files and the request log hold partners' tokens,
// hardening issue item 4), and log lines share one format.
void setUpProcess();

} // namespace ocpi
