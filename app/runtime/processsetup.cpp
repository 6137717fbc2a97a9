#include "processsetup.h"

#include <QString>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ocpi {

void setUpProcess()
{
#ifdef Q_OS_UNIX
    // Process-wide, so it also covers the files SQLite creates on its own (journals, temp files)
    // and anything an embedded manager writes; privatefiles tightens what existed before.
    ::umask(0077);
#endif
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                                      "%{if-warning}warning%{endif}%{if-critical}error%{endif}%{if-fatal}fatal%{endif}"
                                      " %{category}: %{message}"));
}

} // namespace ocpi
