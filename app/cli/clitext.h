#pragma once

#include <QCoreApplication>

namespace ocpi::cli {

// The operator commands' messages share one translation context, "cli", whichever class or free
// function writes them. Call CliText::tr, never a bare tr(): lupdate files a bare tr() under the
// enclosing class, a context nothing looks up at run time, and the message would stay English.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace ocpi::cli
